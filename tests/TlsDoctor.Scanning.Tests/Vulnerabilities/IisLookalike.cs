using TlsDoctor.Scanning.Tests.Http;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// A real HTTPS server (Python's ssl and http.server on 127.0.0.1) that looks like IIS 8.5 on Windows Server
/// 2012 R2 before MS14-066 from outside: Server: Microsoft-IIS/8.5, TLS 1.2 at most, the suites Schannel had then
/// (no GCM), P-256 only, no encrypt-then-MAC. The suite list is the test's to choose.
/// </summary>
internal static class IisLookalike
{
    /// <summary>Schannel's pre-MS14-066 choice on 2012 R2 as OpenSSL names it: ECDHE_RSA and RSA with AES-CBC.</summary>
    public const string PrePatchCiphers =
        "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA:AES256-SHA256:AES128-SHA256:AES256-SHA:AES128-SHA";

    // ctx.options |= 0x00080000 is OpenSSL's SSL_OP_NO_ENCRYPT_THEN_MAC (ssl.h); Python has no name for it.
    private const string Script = """
import http.server, ssl, sys
port, cert, key, ciphers = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
ctx.set_ciphers(ciphers)
ctx.set_ecdh_curve("prime256v1")
ctx.options |= 0x00080000  # SSL_OP_NO_ENCRYPT_THEN_MAC
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def version_string(self):
        return "Microsoft-IIS/8.5"
    def do_GET(self):
        body = b"<html><body>IIS</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    def finish_request(self, request, client_address):
        request.settimeout(5)
        try:
            tls = ctx.wrap_socket(request, server_side=True)
        except OSError:
            return
        self.RequestHandlerClass(tls, client_address, self)
    def handle_error(self, request, client_address):
        pass
Server(("127.0.0.1", port), Handler).serve_forever()
""";

    public static async Task<LocalServer> StartAsync(string ciphers)
    {
        var certs = await LabCertificates.GetAsync();
        var script = Path.Combine(certs.Directory, $"iis-lookalike-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);
        return await LocalServer.StartAsync("python3", port =>
            [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), certs.Rsa.ChainPath, certs.Rsa.KeyPath, ciphers]);
    }
}
