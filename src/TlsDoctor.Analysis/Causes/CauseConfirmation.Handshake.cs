using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Causes;

public static partial class CauseConfirmation
{
    /// <summary>Below this, OpenSSL 3 at its default security level 2 refuses a DHE group (SSL_CTX_set_security_level(3): 112-bit security).</summary>
    private const int MinDhBits = 2048;

    /// <summary>The groups every current client offers (x25519, secp256r1, secp384r1): a server that takes none fails them all.</summary>
    private static readonly NamedGroup[] CommonGroups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1];

    private static CauseCheck Protocols(ServerScanResult result, string? clientHint)
    {
        const CauseId cause = CauseId.ProtocolMismatch;
        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        var offered = TypicalClients.Offers(clientHint);
        var client = $"{TypicalClients.Describe(clientHint)} offers {Names(offered)}";
        var supported = result.Protocols.Where(p => p.Supported).Select(p => p.Version).ToList();
        if (result.Outcome == ScanOutcome.NoProtocol || result.Protocols.Count == 0)
        {
            return new(cause, Confirmation.CannotTell, "the server completed no handshake at any version, so its versions are unknown");
        }

        var common = supported.Intersect(offered).ToList();
        return common.Count > 0
            ? new(cause, Confirmation.RuledOut, $"the server accepts {Names(supported)}; {client}; an older client limited to less would still fail")
            : new(cause, Confirmation.Confirmed, $"the server accepts only {Names(supported)}; {client}",
                $"enable TLS 1.2 and TLS 1.3 on the server (and disable {Names(supported.Except(offered).ToList())} once no client needs them)");
    }

    private static CauseCheck Ciphers(ServerScanResult result, string? clientHint)
    {
        const CauseId cause = CauseId.NoSharedCipher;
        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        if (result.Outcome == ScanOutcome.NoProtocol)
        {
            return new(cause, Confirmation.CannotTell, "the server accepted none of the scanner's offers at any version: versions and suites are both unknown");
        }

        var offered = TypicalClients.Offers(clientHint);
        var accepted = result.CipherSuites.Where(c => offered.Contains(c.Version)).SelectMany(c => c.Accepted).ToList();
        if (accepted.Count == 0)
        {
            return new(cause, Confirmation.CannotTell, $"no cipher-suite results for {Names(offered)} (no version in common, or the probe did not finish)");
        }

        var usable = accepted.Where(IsCurrent).ToList();
        return usable.Count > 0
            ? new(cause, Confirmation.RuledOut, $"the server accepts {usable.Count} suite(s) current clients offer, e.g. {usable[0].IanaName}")
            : new(cause, Confirmation.Confirmed,
                $"the server accepts only suites current clients no longer offer: {string.Join(", ", accepted.Select(s => s.IanaName).Distinct().Take(4))}",
                "enable ECDHE suites with AES-GCM or ChaCha20-Poly1305 (e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)");
    }

    /// <summary>A suite current clients still offer: AES or ChaCha20, authenticated, not export-grade; any TLS 1.3 suite.</summary>
    private static bool IsCurrent(CipherSuite suite) =>
        suite.IsTls13
        || (suite.Cipher is BulkCipher.Aes or BulkCipher.ChaCha20 && !suite.Export && !suite.IsAnonymous
            && suite.KeyExchange is KeyExchange.Rsa or KeyExchange.Ecdhe or KeyExchange.Dhe);

    private static CauseCheck Groups(ServerScanResult result, string? clientHint)
    {
        const CauseId cause = CauseId.NoSharedGroupOrSignature;
        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        var offered = TypicalClients.Offers(clientHint);
        var groups = result.KeyExchange?.Groups.Where(g => offered.Contains(g.Version)).SelectMany(g => g.Groups).Distinct().ToList() ?? [];
        if (groups.Count == 0)
        {
            return new(cause, Confirmation.CannotTell, "no (EC)DHE group results for the versions current clients offer (signature algorithms are not compared)");
        }

        var common = groups.Intersect(CommonGroups).ToList();
        return common.Count > 0
            ? new(cause, Confirmation.RuledOut, $"the server accepts {string.Join(", ", common)}, which every current client offers (signature algorithms not compared)")
            : new(cause, Confirmation.Confirmed, $"the server accepts only the groups {string.Join(", ", groups)}, none of x25519, secp256r1, secp384r1",
                "enable x25519 and secp256r1 (e.g. nginx ssl_ecdh_curve X25519:prime256v1, OpenSSL Groups)");
    }

    private static CauseCheck DhGroup(ServerScanResult result)
    {
        const CauseId cause = CauseId.DhTooSmall;
        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        var dh = result.KeyExchange?.DhParameters ?? [];
        if (dh.Count > 0)
        {
            var smallest = dh.MinBy(d => d.PrimeBits)!;
            var name = smallest.KnownGroup is { } known ? $" ({known})" : "";
            return smallest.PrimeBits < MinDhBits
                ? new(cause, Confirmation.Confirmed,
                    $"the server's DHE group is {smallest.PrimeBits} bits{name}; OpenSSL 3 wants at least {MinDhBits}, browsers dropped DHE, older Java refuses below 1024",
                    "use a 2048-bit or larger group (ffdhe2048, RFC 7919), or prefer ECDHE suites and disable DHE")
                : new(cause, Confirmation.RuledOut, $"the server's DHE group is {smallest.PrimeBits} bits{name}");
        }

        var dheAccepted = result.CipherSuites.SelectMany(c => c.Accepted).Any(s => s.KeyExchange == KeyExchange.Dhe);
        return dheAccepted
            ? new(cause, Confirmation.CannotTell, "the server accepts DHE suites but the scan captured no DH parameters")
            : new(cause, Confirmation.RuledOut, "the server accepts no DHE suites");
    }

    private static CauseCheck Sni(ServerScanResult result)
    {
        const CauseId cause = CauseId.SniRequired;
        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        var chains = result.Certificates?.Chains ?? [];
        var withSni = chains.FirstOrDefault(c => c.ServerName is not null && c.Certificates.Count > 0);
        var withoutSni = chains.FirstOrDefault(c => c.ServerName is null && c.Certificates.Count > 0);
        if (withSni is null || withoutSni is null)
        {
            return new(cause, Confirmation.CannotTell, "the scan did not capture certificates both with and without SNI");
        }

        return withSni.Certificates[0].AsSpan().SequenceEqual(withoutSni.Certificates[0])
            ? new(cause, Confirmation.RuledOut, "the server sends the same certificate with and without SNI")
            : new(cause, Confirmation.Confirmed,
                $"without SNI the server sends another certificate than for {withSni.ServerName}; a client that sends no SNI (or another name) gets the wrong one",
                $"make the client send SNI {withSni.ServerName} (connect by name, not by address), or make this certificate the server's default");
    }

    private static CauseCheck ServerSetup(ServerScanResult result)
    {
        const CauseId cause = CauseId.ServerConfiguration;
        return result.Outcome switch
        {
            ScanOutcome.NoProtocol => new(cause, Confirmation.Confirmed,
                "the server speaks TLS but completed no handshake at any version with any suite: it has no usable certificate or key for this listener",
                "give the listener a certificate and key (nginx ssl_certificate, Apache SSLCertificateFile) and check its error log"),
            ScanOutcome.Completed when result.Certificates?.Chains.Count > 0 => new(cause, Confirmation.RuledOut,
                "the server completes handshakes and sends a certificate"),
            ScanOutcome.Completed => new(cause, Confirmation.CannotTell, "the server completes handshakes, but no certificate was captured"),
            _ => NoHandshake(cause, result)!,
        };
    }

    private static string Names(IReadOnlyList<TlsVersion> versions) =>
        versions.Count == 0 ? "no version" : string.Join(", ", versions.Order().Select(v => v.Name()));
}
