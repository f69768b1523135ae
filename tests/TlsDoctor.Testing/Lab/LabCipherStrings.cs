namespace TlsDoctor.Testing.Lab;

/// <summary>
/// Server-side cipher configuration, written exactly as each server is given it. The OpenSSL strings are
/// the company lab's lab.env (Mozilla server-side TLS v5.7 lists and nginx's default).
/// </summary>
public static class LabCipherStrings
{
    /// <summary>Mozilla "intermediate" TLS 1.2 list (nginx-intermediate).</summary>
    public const string MozillaIntermediate =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:" +
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:" +
        "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

    /// <summary>
    /// Mozilla "old" list plus @SECLEVEL=0 (s_server-old). DES-CBC3-SHA is listed but Debian's OpenSSL 3.0
    /// has no 3DES, so it is never offered.
    /// </summary>
    public const string MozillaOld =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:" +
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:" +
        "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:" +
        "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:" +
        "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:" +
        "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:" +
        "AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA:@SECLEVEL=0";

    /// <summary>nginx's built-in ssl_ciphers default (the problem-certificate nginx targets set none).</summary>
    public const string NginxDefault = "HIGH:!aNULL:!MD5";

    /// <summary>TLS 1.2 only, two suites, used with -serverpref (s_server-tls12-tiny).</summary>
    public const string Tiny = "ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA";

    /// <summary>The weak-certificate servers need SECLEVEL 0 to load an RSA-1024 or SHA-1 leaf at all.</summary>
    public const string WeakCertificate = "ECDHE+AESGCM:ECDHE+CHACHA20:@SECLEVEL=0";

    /// <summary>DHE only, for the 1024-bit group (s_server-dhe1024).</summary>
    public const string Dhe1024 =
        "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA:@SECLEVEL=0";

    /// <summary>OpenSSL's default TLS 1.3 ciphersuites (no server here changes them).</summary>
    public const string OpenSslDefaultTls13 = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>
    /// GnuTLS priority string for gnutls-rc4-3des: GnuTLS's NORMAL set limited to TLS 1.0–1.2, plus the
    /// 3DES-CBC and ARCFOUR-128 ciphers that OpenSSL 3.0 on Debian cannot offer at all.
    /// </summary>
    public const string GnuTlsLegacy = "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1:+VERS-TLS1.0:+3DES-CBC:+ARCFOUR-128";
}
