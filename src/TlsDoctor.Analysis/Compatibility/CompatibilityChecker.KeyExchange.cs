using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compatibility;

// Steps 2 and 3 of the handshake: the server's choice of suite and group, then the client's check of the DH prime.
public static partial class CompatibilityChecker
{
    private static CompatibilityResult? NegotiateKeyExchange(Handshake h)
    {
        var version = h.Version;
        var accepted = h.Scan.CipherSuites.FirstOrDefault(c => c.Version == version);
        if (accepted is null)
        {
            return h.Fail(FailureCause.ScanIncomplete,
                $"both speak {version.Name()}, but the scan has no cipher suite result for it");
        }

        var offered = h.Client.SuitesFor(version).ToList();
        var offeredCodes = offered.Select(s => s.Code).ToHashSet();
        var serverCodes = accepted.Accepted.Select(s => s.Code).ToHashSet();

        // RFC 5246 §7.4.1.2 / RFC 8446 §4.1.3: the server picks; a server that enforces its order picks its first
        // suite the client offers, otherwise (and when the scan could not tell) the client's first it accepts.
        var candidates = accepted.Order == CipherOrder.Server
            ? accepted.Accepted.Where(s => offeredCodes.Contains(s.Code)).ToList()
            : offered.Where(s => serverCodes.Contains(s.Code)).ToList();
        if (candidates.Count == 0)
        {
            return h.Fail(FailureCause.NoCommonCipher,
                $"at {version.Name()} the server accepts {Evidence.Suites(accepted.Accepted)}; client '{h.Client.Name}' " +
                $"offers none of them ({Evidence.Suites(offered)})");
        }

        if (accepted.Order == CipherOrder.Unknown && candidates.Count > 1)
        {
            h.Notes.Add("the scan could not tell whose cipher order the server follows; assumed the client's");
        }

        return version == TlsVersion.Tls13 ? NegotiateTls13(h, candidates[0]) : NegotiateTls12(h, candidates);
    }

    // RFC 8446 §4.2.7/§4.2.8: the suite does not depend on the group; any group both support works (a
    // HelloRetryRequest fixes a missing key share).
    private static CompatibilityResult? NegotiateTls13(Handshake h, CipherSuite suite)
    {
        h.Suite = suite;
        var group = PickGroup(h, h.Client.Groups.Where(UsableInTls13));
        if (group is null)
        {
            return h.Fail(FailureCause.NoCommonGroup, NoGroupText(h));
        }

        h.Group = group;
        return null;
    }

    // RFC 8422 §5.1: a server that finds no common curve for an ECDHE suite moves on to its next choice, so the
    // group is part of choosing the suite; DHE parameters are only judged by the client after the ServerKeyExchange.
    private static CompatibilityResult? NegotiateTls12(Handshake h, List<CipherSuite> candidates)
    {
        var ecdheWithoutGroup = false;
        foreach (var suite in candidates)
        {
            if (suite.KeyExchange is KeyExchange.Ecdhe or KeyExchange.EcdhePsk)
            {
                var group = PickGroup(h, h.Client.Groups.Where(UsableInTls12));
                if (group is null)
                {
                    ecdheWithoutGroup = true;
                    continue;
                }

                h.Suite = suite;
                h.Group = group;
                return null;
            }

            h.Suite = suite;
            return suite.KeyExchange is KeyExchange.Dhe or KeyExchange.DhePsk ? CheckDh(h) : null;
        }

        return ecdheWithoutGroup
            ? h.Fail(FailureCause.NoCommonGroup, NoGroupText(h))
            : throw new InvalidOperationException("unreachable: candidates was not empty");
    }

    private static CompatibilityResult? CheckDh(Handshake h)
    {
        var dh = h.Scan.KeyExchange?.DhParameters.FirstOrDefault(d => d.Version == h.Version)
            ?? h.Scan.KeyExchange?.DhParameters.FirstOrDefault();
        if (dh is null)
        {
            h.Notes.Add("the scan saw no DH parameters; the DH size check was skipped");
            return null;
        }

        h.DhBits = dh.PrimeBits;
        var what = $"the server's DHE group is {dh.PrimeBits} bits ({dh.KnownGroup ?? "a custom prime"})";
        if (h.Client.MinDhBits > 0 && dh.PrimeBits < h.Client.MinDhBits)
        {
            return h.Fail(FailureCause.DhTooSmall,
                $"{h.Version.Name()} {h.Suite!.IanaName}: {what}; client '{h.Client.Name}' requires at least {h.Client.MinDhBits} bits");
        }

        if (h.Client.MaxDhBits > 0 && dh.PrimeBits > h.Client.MaxDhBits)
        {
            return h.Fail(FailureCause.DhTooLarge,
                $"{h.Version.Name()} {h.Suite!.IanaName}: {what}; client '{h.Client.Name}' handles at most {h.Client.MaxDhBits} bits");
        }

        return null;
    }

    /// <summary>The group the server would use: its own first the client lists when it has an order, else the client's first.</summary>
    private static NamedGroup? PickGroup(Handshake h, IEnumerable<NamedGroup> clientGroups)
    {
        var client = clientGroups.ToList();
        var server = ServerGroups(h);
        if (server is null || server.Groups.Count == 0)
        {
            h.Notes.Add($"the scan has no supported groups for {h.Version.Name()}; assumed the server takes the client's first");
            return client.Count == 0 ? null : client[0];
        }

        return server.ServerOrder == true
            ? server.Groups.Where(client.Contains).Select(g => (NamedGroup?)g).FirstOrDefault()
            : client.Where(server.Groups.Contains).Select(g => (NamedGroup?)g).FirstOrDefault();
    }

    /// <summary>
    /// The server's groups at the negotiated version. Below TLS 1.2 the scan may not have probed them; servers keep one
    /// curve list for TLS 1.0–1.2 (OpenSSL, nginx, Schannel), so the TLS 1.2 result stands in, with a note.
    /// </summary>
    private static Scanning.Probes.Groups.GroupsResult? ServerGroups(Handshake h)
    {
        var all = h.Scan.KeyExchange?.Groups ?? [];
        var exact = all.FirstOrDefault(g => g.Version == h.Version);
        if (exact is not null || h.Version == TlsVersion.Tls13)
        {
            return exact;
        }

        var stand = all.Where(g => g.Version < TlsVersion.Tls13).OrderByDescending(g => g.Version).FirstOrDefault();
        if (stand is not null && !h.Notes.Any(n => n.StartsWith("groups probed", StringComparison.Ordinal)))
        {
            h.Notes.Add($"groups probed at {stand.Version.Name()} stand in for {h.Version.Name()}");
        }

        return stand;
    }

    private static string NoGroupText(Handshake h)
    {
        var server = ServerGroups(h)?.Groups ?? [];
        return $"at {h.Version.Name()} the server's groups are {Evidence.Groups(server)}; client '{h.Client.Name}' offers " +
            $"{Evidence.Groups(h.Client.Groups)}";
    }

    // RFC 8446 §4.2.7 drops the binary curves and the TLS 1.2 brainpool code points; RFC 8734 gives 1.3 its own.
    private static bool UsableInTls13(NamedGroup g) =>
        (ushort)g is not (>= 0x0001 and <= 0x000E) and not (>= 0x001A and <= 0x001C) and not (0xFF01 or 0xFF02);

    // TLS 1.2 ECDHE takes elliptic curves only (RFC 8422 §5.1.1); FFDHE groups (RFC 7919) and ML-KEM are for other uses.
    private static bool UsableInTls12(NamedGroup g) =>
        NamedGroups.Find(g)?.Kind == NamedGroupKind.EllipticCurve && (ushort)g is not (>= 0x001F and <= 0x0021);
}
