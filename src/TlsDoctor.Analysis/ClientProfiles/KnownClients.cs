using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

/// <summary>
/// The table of real clients, one partial file per family (Browsers, Mobile, Java, Windows, OpenSsl, Runtimes), each
/// row naming its sources. Named KnownClients, not ClientProfiles, so that it does not collide with its namespace.
/// Profiles model a client's out-of-the-box defaults; applications can change all of them.
/// </summary>
public static partial class KnownClients
{
    /// <summary>Every profile, grouped by family.</summary>
    public static IReadOnlyList<ClientProfile> All => Table.Rows;

    /// <summary>The profile with this id (case-insensitive), or null.</summary>
    public static ClientProfile? Find(string id) =>
        All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    // A nested class so that the rows are built after the shared lists of every partial file (partial-file field
    // order is undefined).
    private static class Table
    {
        public static readonly ClientProfile[] Rows = [.. Browsers(), .. Mobile(), .. Java(), .. Windows(), .. OpenSsl(), .. Runtimes()];
    }

    // Suites are written by IANA or OpenSSL name so that rows read like their sources; an unknown name is a bug in
    // the table and fails the type initialiser (KnownClientsTests would show it).
    private static ushort[] Suites(params string[] names) =>
    [
        .. names.Select(n => (ushort)(CipherSuites.FindByName(n)
            ?? throw new InvalidOperationException($"client table: unknown cipher suite '{n}'")).Code),
    ];

    private static ushort[] Join(params ushort[][] lists) => [.. lists.SelectMany(l => l).Distinct()];

    private static readonly TlsVersion[] Tls12And13 = [TlsVersion.Tls12, TlsVersion.Tls13];
    private static readonly TlsVersion[] Tls10To12 = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12];
    private static readonly TlsVersion[] Tls10To13 = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12, TlsVersion.Tls13];

    /// <summary>RFC 8446 §9.1: every TLS 1.3 client must implement these; the order differs per library.</summary>
    private static readonly ushort[] Tls13AesFirst = Suites("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256");

    /// <summary>OpenSSL 1.1.1/3.x default TLSv1.3 ciphersuites, in OpenSSL's order (ssl/ssl_ciph.c TLS_DEFAULT_CIPHERSUITES).</summary>
    private static readonly ushort[] Tls13OpenSsl = Suites("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256");

    private static readonly SignatureScheme[] ModernSchemes =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha256,
        SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPkcs1Sha384,
        SignatureScheme.RsaPssRsaeSha512, SignatureScheme.RsaPkcs1Sha512,
    ];
}
