using TlsDoctor.Analysis.Explain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Causes;

/// <summary>
/// The protocol versions a current client of each family offers by default: what a server must accept for that
/// client to connect. Sources: each product's documented default minimum.
/// </summary>
public static class TypicalClients
{
    /// <summary>TLS 1.2 and 1.3: the default of every current client below.</summary>
    private static readonly TlsVersion[] Modern = [TlsVersion.Tls12, TlsVersion.Tls13];

    // Chrome 84 and Firefox 78 removed TLS 1.0/1.1 (Chrome Platform Status; Mozilla security blog 2020);
    // OpenSSL 3 security level 1+ refuses TLS < 1.2 (SSL_CTX_set_security_level(3)); JDK 8u291/11.0.11 list TLSv1 and
    // TLSv1.1 in jdk.tls.disabledAlgorithms; Go 1.18 made TLS 1.2 the client default (crypto/tls Config.MinVersion);
    // Python 3.10 ssl sets minimum_version TLSv1_2; Node 12 tls.DEFAULT_MIN_VERSION is TLSv1.2; .NET and Schannel
    // follow Windows, which disables TLS 1.0/1.1 by default since Windows 11 (Microsoft Learn, TLS 1.0/1.1 deprecation).
    private static readonly Dictionary<ErrorFamily, TlsVersion[]> ByFamily = new()
    {
        [ErrorFamily.OpenSsl] = Modern, [ErrorFamily.Java] = Modern, [ErrorFamily.DotNet] = Modern,
        [ErrorFamily.Schannel] = Modern, [ErrorFamily.Curl] = Modern, [ErrorFamily.Chrome] = Modern,
        [ErrorFamily.Firefox] = Modern, [ErrorFamily.Apache] = Modern, [ErrorFamily.Nginx] = Modern,
        [ErrorFamily.Go] = Modern, [ErrorFamily.Python] = Modern, [ErrorFamily.Node] = Modern,
        [ErrorFamily.GnuTls] = Modern, [ErrorFamily.Network] = Modern,
    };

    /// <summary>
    /// The versions the client named by <paramref name="clientHint"/> offers: an <see cref="ErrorFamily"/> name
    /// ("Java", "OpenSsl"), or null for a current client of any kind.
    /// </summary>
    public static IReadOnlyList<TlsVersion> Offers(string? clientHint) =>
        clientHint is not null && Enum.TryParse<ErrorFamily>(clientHint, ignoreCase: true, out var family) && ByFamily.TryGetValue(family, out var versions)
            ? versions
            : Modern;

    /// <summary>"a current Java (JSSE) client" or "a current client".</summary>
    public static string Describe(string? clientHint) =>
        clientHint is not null && Enum.TryParse<ErrorFamily>(clientHint, ignoreCase: true, out var family)
            ? $"a current {family.DisplayName()} client"
            : "a current client";
}
