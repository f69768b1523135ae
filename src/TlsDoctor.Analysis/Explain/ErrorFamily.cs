namespace TlsDoctor.Analysis.Explain;

/// <summary>The program or library whose wording an error message uses.</summary>
public enum ErrorFamily : byte
{
    OpenSsl,
    Java,
    DotNet,
    Schannel,
    Curl,
    Chrome,
    Firefox,
    Apache,
    Nginx,
    Go,
    Python,
    Node,
    GnuTls,
    /// <summary>Operating-system socket errors (strerror texts) that any client may print.</summary>
    Network,
}

/// <summary>Display names of <see cref="ErrorFamily"/>.</summary>
public static class ErrorFamilies
{
    public static string DisplayName(this ErrorFamily family) => family switch
    {
        ErrorFamily.OpenSsl => "OpenSSL",
        ErrorFamily.Java => "Java (JSSE)",
        ErrorFamily.DotNet => ".NET (SslStream)",
        ErrorFamily.Schannel => "Windows Schannel",
        ErrorFamily.Curl => "curl",
        ErrorFamily.Chrome => "Chrome",
        ErrorFamily.Firefox => "Firefox (NSS)",
        ErrorFamily.Apache => "Apache httpd (mod_ssl)",
        ErrorFamily.Nginx => "nginx",
        ErrorFamily.Go => "Go (crypto/tls)",
        ErrorFamily.Python => "Python (ssl)",
        ErrorFamily.Node => "Node.js",
        ErrorFamily.GnuTls => "GnuTLS",
        ErrorFamily.Network => "operating system (socket error)",
        _ => family.ToString(),
    };

    /// <summary>
    /// A TLS library or the OS: programs quote its messages inside their own ("curl: (35) … SSL routines …",
    /// "Win32Exception (0x80090326)"), so a program's own wording names the family before a library's does.
    /// </summary>
    public static bool IsLibrary(this ErrorFamily family) =>
        family is ErrorFamily.OpenSsl or ErrorFamily.Schannel or ErrorFamily.GnuTls or ErrorFamily.Network;

    /// <summary>The stable lower-case key for JSON ("openssl", "dotnet", …).</summary>
    public static string Key(this ErrorFamily family) => family.ToString().ToLowerInvariant();
}
