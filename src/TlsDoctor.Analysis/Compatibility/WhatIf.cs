using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compatibility;

/// <summary>One hypothetical server change: protocol versions switched off, or cipher suites removed.</summary>
public sealed record WhatIfChange(IReadOnlyList<TlsVersion> DisabledProtocols, IReadOnlyList<CipherSuite> RemovedSuites)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (DisabledProtocols.Count > 0)
        {
            parts.Add("disable " + string.Join(",", DisabledProtocols.Select(v => v.Name())));
        }

        if (RemovedSuites.Count > 0)
        {
            parts.Add("remove-cipher " + string.Join(",", RemovedSuites.Select(s => s.IanaName)));
        }

        return string.Join("; ", parts);
    }
}

/// <summary>Thrown for a --what-if text that cannot be read; the message is one line naming what was wrong.</summary>
public sealed class WhatIfFormatException(string message) : FormatException(message);

/// <summary>
/// Applies a <see cref="WhatIfChange"/> to a scan result so that a caller can run the compatibility matrix on
/// both and see who would lose access. Pure: the scan passed in is not changed.
/// </summary>
public static class WhatIf
{
    /// <summary>
    /// Parses "disable TLSv1.0,TLSv1.1", "remove-cipher TLS_RSA_WITH_AES_128_CBC_SHA" (IANA or OpenSSL names,
    /// comma-separated), or several of these joined by ';'.
    /// </summary>
    public static WhatIfChange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var disabled = new List<TlsVersion>();
        var removed = new List<CipherSuite>();
        var clauses = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length == 0)
        {
            throw new WhatIfFormatException("--what-if is empty; expected \"disable TLSv1.0,TLSv1.1\" or \"remove-cipher NAME\"");
        }

        foreach (var clause in clauses)
        {
            var space = clause.IndexOf(' ', StringComparison.Ordinal);
            var verb = space < 0 ? clause : clause[..space];
            var args = space < 0 ? [] : clause[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (args.Length == 0)
            {
                throw new WhatIfFormatException($"--what-if \"{clause}\": nothing after '{verb}'");
            }

            switch (verb.ToLowerInvariant())
            {
                case "disable":
                    disabled.AddRange(args.Select(a => TlsVersions.TryParse(a, out var v) ? v
                        : throw new WhatIfFormatException($"--what-if \"{clause}\": '{a}' is not a protocol version (use SSLv3, TLSv1.0 … TLSv1.3)")));
                    break;
                case "remove-cipher":
                    removed.AddRange(args.Select(a => CipherSuites.FindByName(a)
                        ?? throw new WhatIfFormatException($"--what-if \"{clause}\": unknown cipher suite '{a}' (use its IANA or OpenSSL name)")));
                    break;
                default:
                    throw new WhatIfFormatException($"--what-if \"{clause}\": unknown change '{verb}' (expected 'disable' or 'remove-cipher')");
            }
        }

        return new WhatIfChange([.. disabled.Distinct()], [.. removed.DistinctBy(s => s.Code)]);
    }

    /// <summary>The scan as it would read after the change.</summary>
    public static ServerScanResult Apply(ServerScanResult scan, WhatIfChange change)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(change);
        var off = change.DisabledProtocols.ToHashSet();
        var removed = change.RemovedSuites.Select(s => s.Code).ToHashSet();
        return scan with
        {
            Protocols = [.. scan.Protocols.Select(p => off.Contains(p.Version) && p.Supported
                ? p with { Supported = false, Evidence = "disabled (what-if)" } : p)],
            CipherSuites = [.. scan.CipherSuites.Select(c => off.Contains(c.Version)
                ? c with { Accepted = [] }
                : c with { Accepted = [.. c.Accepted.Where(s => !removed.Contains(s.Code))] })],
        };
    }

    public static ServerScanResult Apply(ServerScanResult scan, string change) => Apply(scan, Parse(change));
}
