namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Every cipher suite the scanner knows: the IANA "TLS Cipher Suites" registry, SSLv2 cipher specs
/// (draft-hickman-netscape-ssl-00) and common non-IANA legacy codes. The rows are in CipherSuites.Table*.cs.
/// </summary>
public static partial class CipherSuites
{
    /// <summary>All rows, in table order.</summary>
    public static IReadOnlyList<CipherSuite> All => Index.AllRows;

    /// <summary>The suite for a wire code, or null when the code is in no table we have.</summary>
    public static CipherSuite? Find(uint code) => Index.ByCode.GetValueOrDefault(code);

    /// <summary>The suite for an IANA or OpenSSL name (case-insensitive).</summary>
    public static CipherSuite? FindByName(string name) => Index.ByName.GetValueOrDefault(name);

    /// <summary>
    /// The suite for a code, or a placeholder row named "0x1a2b (unknown)" (STYLE.md #4); RFC 8701 GREASE values
    /// are named "0x0a0a (GREASE)".
    /// </summary>
    public static CipherSuite Describe(uint code) => Find(code) ?? new CipherSuite(
        code, code > 0xFFFF ? $"0x{code:x6} (unknown)" : Grease.UnknownName((ushort)code), null,
        KeyExchange.Null, Authentication.Anonymous, BulkCipher.Null, CipherMode.None, 0, MacAlgorithm.Null,
        code > 0xFFFF ? TlsVersion.SSLv2 : TlsVersion.SSLv3);

    /// <summary>
    /// The suites a client may offer in a hello of this version: SSLv2 its three-byte cipher kinds; SSLv3–TLS 1.2
    /// share one list of two-byte suites, since a server ignores suites it cannot use at the version; TLS 1.3 has
    /// its own (RFC 8446's five plus the later AEGIS, SM4, GOST and integrity-only ones).
    /// Signalling values and TLS_NULL_WITH_NULL_NULL are not included.
    /// </summary>
    public static IReadOnlyList<CipherSuite> Offerable(TlsVersion version) => version switch
    {
        TlsVersion.SSLv2 => Index.SslV2Rows,
        TlsVersion.Tls13 => Index.Tls13Rows,
        _ => Index.LegacyRows,
    };

    // A nested class so that the indexes are built after the table rows (partial-file field order is undefined).
    private static class Index
    {
        public static readonly CipherSuite[] AllRows = [.. Sslv2Specs(), .. IanaSuites(), .. LegacyCodes()];
        public static readonly Dictionary<uint, CipherSuite> ByCode = BuildIndex();
        public static readonly Dictionary<string, CipherSuite> ByName = BuildNameIndex();
        public static readonly CipherSuite[] SslV2Rows = [.. AllRows.Where(s => s.IsSslV2)];
        public static readonly CipherSuite[] Tls13Rows = [.. AllRows.Where(s => s.IsTls13)];
        public static readonly CipherSuite[] LegacyRows =
            [.. AllRows.Where(s => !s.IsSslV2 && !s.IsTls13 && !s.IsSignalling && s.Code != 0x0000)];
    }

    private static Dictionary<uint, CipherSuite> BuildIndex()
    {
        var index = new Dictionary<uint, CipherSuite>();
        foreach (var s in Index.AllRows)
        {
            index.TryAdd(s.Code, s);
        }

        return index;
    }

    private static Dictionary<string, CipherSuite> BuildNameIndex()
    {
        var index = new Dictionary<string, CipherSuite>(StringComparer.OrdinalIgnoreCase);

        // SSLv2 specs last: OpenSSL gave "RC4-MD5", "EXP-RC4-MD5" and "EXP-RC2-CBC-MD5" to both an SSLv2 kind
        // and an SSLv3 suite, and a name a user types means the suite.
        foreach (var s in Index.AllRows.OrderBy(s => s.IsSslV2))
        {
            index.TryAdd(s.IanaName, s);
            if (s.OpenSslName is not null)
            {
                index.TryAdd(s.OpenSslName, s);
            }
        }

        return index;
    }
}
