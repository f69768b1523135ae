using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain;

namespace TlsDoctor.Analysis.Tests.Explain;

/// <summary>
/// Real messages, each as its program prints it, mapped to the family and the most likely cause. The comment on each
/// row names where the wording is defined.
/// </summary>
public sealed class ErrorMatcherTests
{
    [Theory]
    // OpenSSL 3 ERR_print_errors format; reasons from ssl/ssl_err.c (SSL_R_WRONG_VERSION_NUMBER = 267 = 0x10B).
    [InlineData("40E7A1B2F27F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../ssl/record/ssl3_record.c:354:",
        ErrorFamily.OpenSsl, CauseId.NotTls)]
    // SSL_R_NO_SHARED_CIPHER (193 = 0xC1), logged by a server (s_server, nginx) when no suite overlaps.
    [InlineData("error:0A0000C1:SSL routines::no shared cipher", ErrorFamily.OpenSsl, CauseId.NoSharedCipher)]
    // SSL_R_UNSUPPORTED_PROTOCOL (258 = 0x102).
    [InlineData("error:0A000102:SSL routines::unsupported protocol", ErrorFamily.OpenSsl, CauseId.ProtocolMismatch)]
    // SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE (1040 = 0x410).
    [InlineData("error:0A000410:SSL routines::sslv3 alert handshake failure", ErrorFamily.OpenSsl, CauseId.NoSharedCipher)]
    // SSL_R_TLSV1_ALERT_PROTOCOL_VERSION (1070 = 0x42E).
    [InlineData("error:0A00042E:SSL routines::tlsv1 alert protocol version", ErrorFamily.OpenSsl, CauseId.ProtocolMismatch)]
    // s_client's verify callback (apps/lib/s_cb.c) with X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY's text (x509_txt.c).
    [InlineData("verify error:num=20:unable to get local issuer certificate", ErrorFamily.OpenSsl, CauseId.UnknownIssuer)]
    // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT (18) and X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN (19), OpenSSL 3 wording.
    [InlineData("verify error:num=18:self-signed certificate", ErrorFamily.OpenSsl, CauseId.SelfSigned)]
    [InlineData("verify error:num=19:self-signed certificate in certificate chain", ErrorFamily.OpenSsl, CauseId.UnknownIssuer)]
    // X509_V_ERR_CERT_HAS_EXPIRED (10).
    [InlineData("verify error:num=10:certificate has expired", ErrorFamily.OpenSsl, CauseId.CertificateExpired)]
    // SSL_R_DH_KEY_TOO_SMALL (394 = 0x18A), SSL_R_EE_KEY_TOO_SMALL (399 = 0x18F), SSL_R_CA_MD_TOO_WEAK (398 = 0x18E).
    [InlineData("error:0A00018A:SSL routines::dh key too small", ErrorFamily.OpenSsl, CauseId.DhTooSmall)]
    [InlineData("error:0A00018F:SSL routines::ee key too small", ErrorFamily.OpenSsl, CauseId.WeakCertificateKey)]
    [InlineData("error:0A00018E:SSL routines::ca md too weak", ErrorFamily.OpenSsl, CauseId.WeakSignature)]
    // SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED (1116 = 0x45C), SSL_R_UNEXPECTED_EOF_WHILE_READING (294 = 0x126).
    [InlineData("error:0A00045C:SSL routines::tlsv13 alert certificate required", ErrorFamily.OpenSsl, CauseId.ClientCertificateRequired)]
    [InlineData("error:0A000126:SSL routines::unexpected eof while reading", ErrorFamily.OpenSsl, CauseId.ConnectionReset)]
    // SSL_R_PACKET_LENGTH_TOO_LONG (198 = 0xC6), SSL_R_HTTP_REQUEST (156 = 0x9C).
    [InlineData("error:0A0000C6:SSL routines::packet length too long", ErrorFamily.OpenSsl, CauseId.NotTls)]
    [InlineData("error:0A00009C:SSL routines::http request", ErrorFamily.OpenSsl, CauseId.NotTls)]
    public void Explain_OpenSslMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // sun/security/validator/PKIXValidator.java + sun/security/provider/certpath/SunCertPathBuilder.java.
    [InlineData("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
        + "unable to find valid certification path to requested target", ErrorFamily.Java, CauseId.UnknownIssuer)]
    // sun/security/ssl/HandshakeContext.java.
    [InlineData("javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
        ErrorFamily.Java, CauseId.ProtocolMismatch)]
    // sun/security/ssl/Alert.java: "Received fatal alert: " + alert name.
    [InlineData("javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure", ErrorFamily.Java, CauseId.NoSharedCipher)]
    [InlineData("javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version", ErrorFamily.Java, CauseId.ProtocolMismatch)]
    // sun/security/util/HostnameChecker.java.
    [InlineData("java.security.cert.CertificateException: No subject alternative DNS name matching localhost found.",
        ErrorFamily.Java, CauseId.HostnameMismatch)]
    // sun/security/x509/CertificateValidity.java.
    [InlineData("java.security.cert.CertificateExpiredException: NotAfter: Tue Jan 01 00:00:00 UTC 2019", ErrorFamily.Java, CauseId.CertificateExpired)]
    // sun/security/ssl/DHServerKeyExchange.java.
    [InlineData("javax.net.ssl.SSLHandshakeException: DH ServerKeyExchange does not comply to algorithm constraints", ErrorFamily.Java, CauseId.DhTooSmall)]
    // sun/security/ssl/SSLSocketImpl.java / SSLEngineInputRecord.java.
    [InlineData("javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", ErrorFamily.Java, CauseId.NotTls)]
    [InlineData("javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", ErrorFamily.Java, CauseId.ConnectionReset)]
    public void Explain_JavaMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // SslPolicyErrors / X509ChainStatusFlags names; dotnet/runtime System.Net.Security Strings.resx texts.
    [InlineData("The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch",
        ErrorFamily.DotNet, CauseId.HostnameMismatch)]
    [InlineData("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", ErrorFamily.DotNet, CauseId.UnknownIssuer)]
    [InlineData("The remote certificate is invalid because of errors in the certificate chain: PartialChain", ErrorFamily.DotNet, CauseId.IncompleteChain)]
    [InlineData("The remote certificate is invalid because of errors in the certificate chain: NotTimeValid", ErrorFamily.DotNet, CauseId.CertificateExpired)]
    [InlineData("System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.",
        ErrorFamily.DotNet, CauseId.ConnectionReset)]
    [InlineData("System.IO.IOException: Cannot determine the frame size or a corrupted frame was received.", ErrorFamily.DotNet, CauseId.NotTls)]
    [InlineData("System.ComponentModel.Win32Exception (0x80090326): The message received was unexpected or badly formatted.",
        ErrorFamily.DotNet, CauseId.NotTls)]
    public void Explain_DotNetMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // winerror.h codes and texts (Microsoft Learn, SSPI Status Codes); event texts from the Schannel event log.
    [InlineData("SEC_E_ALGORITHM_MISMATCH (0x80090331): The client and server cannot communicate, because they do not possess a common algorithm.",
        ErrorFamily.Schannel, CauseId.ProtocolMismatch)]
    [InlineData("schannel: next InitializeSecurityContext failed: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.",
        ErrorFamily.Schannel, CauseId.UnknownIssuer)]
    [InlineData("SEC_E_CERT_EXPIRED (0x80090328) - The received certificate has expired.", ErrorFamily.Schannel, CauseId.CertificateExpired)]
    [InlineData("SEC_E_WRONG_PRINCIPAL (0x80090322) - The target principal name is incorrect.", ErrorFamily.Schannel, CauseId.HostnameMismatch)]
    [InlineData("Event 36888: A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. "
        + "The TLS protocol defined fatal error code is 40. The Windows SChannel error state is 1205.", ErrorFamily.Schannel, CauseId.NoSharedCipher)]
    [InlineData("Event 36887: A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 70.",
        ErrorFamily.Schannel, CauseId.ProtocolMismatch)]
    [InlineData("Event 36874: An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites "
        + "supported by the client application are supported by the server. The TLS connection request has failed.", ErrorFamily.Schannel, CauseId.NoSharedCipher)]
    public void Explain_SchannelMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // curl tool output: "curl: (N) " + detail (docs/libcurl/libcurl-errors.md; lib/vtls/openssl.c).
    [InlineData("curl: (35) error:0A00010B:SSL routines::wrong version number", ErrorFamily.Curl, CauseId.NotTls)]
    [InlineData("curl: (60) SSL certificate problem: unable to get local issuer certificate", ErrorFamily.Curl, CauseId.UnknownIssuer)]
    [InlineData("curl: (60) SSL: no alternative certificate subject name matches target host name 'localhost'", ErrorFamily.Curl, CauseId.HostnameMismatch)]
    [InlineData("curl: (77) error setting certificate verify locations:  CAfile: /nope.pem CApath: none", ErrorFamily.Curl, CauseId.LocalConfiguration)]
    [InlineData("curl: (58) unable to set private key file: 'client.key' type PEM", ErrorFamily.Curl, CauseId.LocalConfiguration)]
    public void Explain_CurlMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // Chromium net/base/net_error_list.h names as the error page shows them.
    [InlineData("This site can't provide a secure connection. localhost uses an unsupported protocol. ERR_SSL_VERSION_OR_CIPHER_MISMATCH",
        ErrorFamily.Chrome, CauseId.ProtocolMismatch)]
    [InlineData("Your connection is not private. NET::ERR_CERT_AUTHORITY_INVALID", ErrorFamily.Chrome, CauseId.UnknownIssuer)]
    [InlineData("NET::ERR_CERT_COMMON_NAME_INVALID", ErrorFamily.Chrome, CauseId.HostnameMismatch)]
    [InlineData("NET::ERR_CERT_DATE_INVALID", ErrorFamily.Chrome, CauseId.CertificateExpired)]
    // Headless Chromium 156 on Debian 12 against a SHA-1 signed leaf (net_error -207).
    [InlineData("Page load failed: net::ERR_CERT_INVALID", ErrorFamily.Chrome, CauseId.WeakSignature)]
    [InlineData("localhost sent an invalid response. ERR_SSL_PROTOCOL_ERROR", ErrorFamily.Chrome, CauseId.NotTls)]
    // NSS lib/util/SECerrs.h, lib/ssl/SSLerrs.h, mozilla::pkix error names as Firefox's error page shows them.
    [InlineData("Error code: SEC_ERROR_UNKNOWN_ISSUER", ErrorFamily.Firefox, CauseId.UnknownIssuer)]
    [InlineData("Error code: SSL_ERROR_NO_CYPHER_OVERLAP", ErrorFamily.Firefox, CauseId.ProtocolMismatch)]
    [InlineData("Error code: SSL_ERROR_BAD_CERT_DOMAIN", ErrorFamily.Firefox, CauseId.HostnameMismatch)]
    [InlineData("Error code: MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", ErrorFamily.Firefox, CauseId.SelfSigned)]
    [InlineData("Error code: SSL_ERROR_RX_RECORD_TOO_LONG", ErrorFamily.Firefox, CauseId.NotTls)]
    [InlineData("Error code: SSL_ERROR_UNSUPPORTED_VERSION", ErrorFamily.Firefox, CauseId.ProtocolMismatch)]
    public void Explain_BrowserMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // httpd modules/ssl/ssl_engine_kernel.c, mod_ssl.c; modules/proxy/mod_proxy_http.c.
    [InlineData("[ssl:error] [pid 1234] AH02039: Certificate Verification: Error (20): unable to get local issuer certificate",
        ErrorFamily.Apache, CauseId.UnknownIssuer)]
    [InlineData("[ssl:error] [pid 1234] AH01961: SSL Proxy requested for localhost:443 but not enabled [Hint: SSLProxyEngine]",
        ErrorFamily.Apache, CauseId.LocalConfiguration)]
    [InlineData("[ssl:error] [pid 1234] AH02032: Hostname a.example provided via SNI and hostname b.example provided via HTTP are different",
        ErrorFamily.Apache, CauseId.SniRequired)]
    [InlineData("[proxy_http:error] [pid 1234] AH00898: Error during SSL Handshake with remote server returned by /app", ErrorFamily.Apache, CauseId.NoSharedCipher)]
    // nginx src/event/ngx_event_openssl.c, ngx_http_request.c, ngx_http_upstream.c.
    [InlineData("2024/01/01 00:00:00 [crit] 12#12: *3 SSL_do_handshake() failed (SSL: error:0A0000C1:SSL routines::no shared cipher) while SSL handshaking",
        ErrorFamily.Nginx, CauseId.NoSharedCipher)]
    [InlineData("[error] 12#12: *1 no \"ssl_certificate\" is defined in server listening on SSL port while SSL handshaking",
        ErrorFamily.Nginx, CauseId.ServerConfiguration)]
    [InlineData("[error] 12#12: *5 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream",
        ErrorFamily.Nginx, CauseId.CertificateExpired)]
    [InlineData("[info] 12#12: *7 peer closed connection in SSL handshake while SSL handshaking", ErrorFamily.Nginx, CauseId.ConnectionReset)]
    public void Explain_ApacheNginxMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // Go src/crypto/x509/verify.go, src/crypto/tls/alert.go and conn.go.
    [InlineData("Get \"https://localhost:8443/\": tls: failed to verify certificate: x509: certificate signed by unknown authority",
        ErrorFamily.Go, CauseId.UnknownIssuer)]
    [InlineData("x509: certificate has expired or is not yet valid: current time 2025-01-01T00:00:00Z is after 2024-01-01T00:00:00Z",
        ErrorFamily.Go, CauseId.CertificateExpired)]
    [InlineData("x509: certificate is valid for wrong.example, not localhost", ErrorFamily.Go, CauseId.HostnameMismatch)]
    [InlineData("remote error: tls: handshake failure", ErrorFamily.Go, CauseId.NoSharedCipher)]
    [InlineData("http: TLS handshake error from 127.0.0.1:37304: tls: first record does not look like a TLS handshake", ErrorFamily.Go, CauseId.NotTls)]
    [InlineData("remote error: tls: protocol version not supported", ErrorFamily.Go, CauseId.ProtocolMismatch)]
    public void Explain_GoMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // CPython Modules/_ssl.c ("[SSL: <reason code>] <reason> (_ssl.c:NNNN)") and the ssl module's exception names.
    [InlineData("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
        ErrorFamily.Python, CauseId.UnknownIssuer)]
    [InlineData("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", ErrorFamily.Python, CauseId.NotTls)]
    [InlineData("ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)", ErrorFamily.Python, CauseId.ProtocolMismatch)]
    [InlineData("ssl.SSLError: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1006)", ErrorFamily.Python, CauseId.NoSharedCipher)]
    [InlineData("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'localhost'. (_ssl.c:1006)",
        ErrorFamily.Python, CauseId.HostnameMismatch)]
    [InlineData("ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2426)", ErrorFamily.Python, CauseId.ConnectionReset)]
    public void Explain_PythonMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // Node.js doc/api/errors.md and the X509 verify codes of src/crypto/crypto_common.cc.
    [InlineData("Error: unable to verify the first certificate { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }", ErrorFamily.Node, CauseId.IncompleteChain)]
    [InlineData("Error: self-signed certificate { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }", ErrorFamily.Node, CauseId.SelfSigned)]
    [InlineData("Error: self-signed certificate in certificate chain { code: 'SELF_SIGNED_CERT_IN_CHAIN' }", ErrorFamily.Node, CauseId.UnknownIssuer)]
    [InlineData("Error: certificate has expired { code: 'CERT_HAS_EXPIRED' }", ErrorFamily.Node, CauseId.CertificateExpired)]
    [InlineData("Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:wrong.example",
        ErrorFamily.Node, CauseId.HostnameMismatch)]
    [InlineData("Error: C0B7E1F8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }",
        ErrorFamily.Node, CauseId.NotTls)]
    [InlineData("Error: read ECONNRESET", ErrorFamily.Node, CauseId.ConnectionReset)]
    public void Explain_NodeMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Theory]
    // GnuTLS lib/errors.c (gnutls_strerror) as git/curl-gnutls and gnutls-cli print them.
    [InlineData("gnutls_handshake() failed: The TLS connection was non-properly terminated.", ErrorFamily.GnuTls, CauseId.ConnectionReset)]
    [InlineData("*** Handshake has failed: Error in the certificate.", ErrorFamily.GnuTls, CauseId.UnknownIssuer)]
    [InlineData("*** Fatal error: A packet with illegal or unsupported version was received.", ErrorFamily.GnuTls, CauseId.NotTls)]
    [InlineData("*** Handshake has failed: No supported cipher suites have been found.", ErrorFamily.GnuTls, CauseId.NoSharedCipher)]
    [InlineData("*** Handshake has failed: The signature algorithm is not supported.", ErrorFamily.GnuTls, CauseId.NoSharedGroupOrSignature)]
    public void Explain_GnuTlsMessage_MapsToCause(string message, ErrorFamily family, CauseId cause) =>
        AssertExplained(message, family, cause);

    [Fact]
    public void Explain_GenericAndSpecificSignatures_RanksSpecificFirst()
    {
        var explanation = ErrorMatcher.Explain("error:0A000086:SSL routines::certificate verify failed: unable to get local issuer certificate");

        Assert.Equal("X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", explanation.Matches[0].Signature.Name);
        Assert.Contains(explanation.Matches, m => m.Signature.Name == "SSL_R_CERTIFICATE_VERIFY_FAILED");
        Assert.Equal([CauseId.UnknownIssuer, CauseId.IncompleteChain], explanation.Causes.Select(c => c.Id));
    }

    [Fact]
    public void Explain_SchannelEvent36888WithAlert40_RanksTheAlertRowFirst()
    {
        var explanation = ErrorMatcher.Explain("A fatal alert was generated and sent to the remote endpoint. This may result in termination of the "
            + "connection. The TLS protocol defined fatal error code is 40. The Windows SChannel error state is 1205.");

        Assert.Equal("alert 40 handshake_failure", explanation.Matches[0].Signature.Name);
        Assert.Equal(CauseId.NoSharedCipher, explanation.Causes[0].Id);
    }

    [Fact]
    public void Explain_CurlQuotingOpenSsl_NamesCurlFirstThenOpenSsl()
    {
        var explanation = ErrorMatcher.Explain("curl: (35) error:0A00010B:SSL routines::wrong version number");

        Assert.Equal([ErrorFamily.Curl, ErrorFamily.OpenSsl], explanation.Families);
        Assert.Equal("SSL_R_WRONG_VERSION_NUMBER", explanation.Matches[0].Signature.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the build failed: missing semicolon on line 3")]
    [InlineData("NullReferenceException: Object reference not set to an instance of an object")]
    public void Explain_UnknownText_NotKnownAndNoCauses(string text)
    {
        var explanation = ErrorMatcher.Explain(text);

        Assert.False(explanation.Known);
        Assert.Null(explanation.Family);
        Assert.Empty(explanation.Causes);
    }

    private static void AssertExplained(string message, ErrorFamily family, CauseId cause)
    {
        var explanation = ErrorMatcher.Explain(message);

        Assert.True(explanation.Known, $"no signature matched: {message}");
        Assert.Equal(family, explanation.Family);
        Assert.Equal(cause, explanation.Causes[0].Id);
    }
}
