using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Apache: httpd modules/ssl/ssl_engine_kernel.c, ssl_engine_io.c, ssl_engine_init.c and
    // modules/proxy/mod_proxy_http.c (AH numbers from APLOGNO, listed in docs/log-message-tags/next-number's index).
    // nginx: src/event/ngx_event_openssl.c, src/http/ngx_http_request.c, ngx_http_upstream.c, modules/ngx_http_ssl_module.c.
    private const string ModSsl = "Apache httpd modules/ssl/ssl_engine_kernel.c";
    private const string ModSslIo = "Apache httpd modules/ssl/ssl_engine_io.c";
    private const string ModProxy = "Apache httpd modules/proxy/mod_proxy_http.c";
    private const string NgxOpenSsl = "nginx src/event/ngx_event_openssl.c";
    private const string NgxHttp = "nginx src/http/ngx_http_request.c, ngx_http_upstream.c";

    private static ErrorSignature[] ApacheNginxRows() =>
    [
        Pattern(Apache, "AH02039", @"AH02039|Certificate Verification: Error", ModSsl,
            [CauseId.ClientCertificateRequired, CauseId.UnknownIssuer, CauseId.CertificateExpired]),
        Pattern(Apache, "AH01961", @"AH01961|SSL Proxy requested for .* but not enabled", "Apache httpd modules/ssl/mod_ssl.c",
            CauseId.LocalConfiguration),
        Pattern(Apache, "AH02032", @"AH02032|provided via SNI and hostname .* provided via HTTP", ModSsl, CauseId.SniRequired),
        Pattern(Apache, "AH00898", @"AH00898|Error during SSL Handshake with remote server", ModProxy,
            [.. HandshakeFailure, .. Trust, CauseId.NotTls]),
        Pattern(Apache, "AH01909", @"AH01909|certificate does NOT include an ID which matches the server name",
            "Apache httpd modules/ssl/ssl_engine_init.c", CauseId.HostnameMismatch),
        Pattern(Apache, "AH02261", @"AH02261|Re-negotiation handshake failed", ModSsl, CauseId.ClientCertificateRequired),
        Pattern(Apache, "AH02008", @"AH02008|SSL library error \d+ in handshake", ModSslIo, HandshakeFailure),
        Pattern(Apache, "AH02042", @"AH02042|rejecting client initiated renegotiation", ModSsl, CauseId.ClientCertificateRequired),

        Text(Nginx, "SSL_do_handshake() failed", "SSL_do_handshake() failed", NgxOpenSsl, [.. HandshakeFailure, CauseId.NotTls]),
        Text(Nginx, "no ssl_certificate", "no \"ssl_certificate\" is defined", "nginx src/http/modules/ngx_http_ssl_module.c",
            CauseId.ServerConfiguration),
        Text(Nginx, "upstream SSL certificate verify error", "upstream SSL certificate verify error", NgxHttp,
            [.. Trust, .. Validity]),
        Text(Nginx, "upstream SSL certificate does not match", "upstream SSL certificate does not match", NgxHttp, CauseId.HostnameMismatch),
        Text(Nginx, "peer closed connection in SSL handshake", "peer closed connection in SSL handshake", NgxOpenSsl,
            [.. ClosedInHandshake, CauseId.UnknownIssuer]),
        Pattern(Nginx, "plain HTTP to HTTPS port", @"client sent plain HTTP request to HTTPS port|The plain HTTP request was sent to HTTPS port",
            NgxHttp, CauseId.NotTls),
        Pattern(Nginx, "client certificate", @"client sent no required SSL certificate|No required SSL certificate was sent", NgxHttp,
            CauseId.ClientCertificateRequired),
        Text(Nginx, "client SSL certificate verify error", "client SSL certificate verify error", NgxHttp,
            CauseId.ClientCertificateRequired, CauseId.UnknownIssuer),
    ];
}
