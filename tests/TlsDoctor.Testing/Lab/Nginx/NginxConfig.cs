using System.Text;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Testing.Lab.Nginx;

/// <summary>
/// The single nginx process's configuration: one server block per nginx target, all on 127.0.0.1.
/// No daemon, no master process: the process we start is the one that serves, and the one we kill.
/// </summary>
internal static class NginxConfig
{
    private const string Hsts = "add_header Strict-Transport-Security \"max-age=63072000\" always;";

    /// <summary>Names of the targets this configuration serves.</summary>
    public static IReadOnlyList<string> TargetNames { get; } =
    [
        "nginx-modern", "nginx-intermediate", "nginx-expired", "nginx-notyetvalid", "nginx-wronghost",
        "nginx-selfsigned", "nginx-incomplete-chain", "nginx-plain-http",
    ];

    public static string Build(Func<string, LabTarget> target, LabCertificates certs, string prefix, string errorLog)
    {
        var c = new StringBuilder(Header(prefix, errorLog)).AppendLine();
        Server(c, target("nginx-modern"), "ssl http2", $"""
            ssl_certificate {certs.Rsa.ChainPath}; ssl_certificate_key {certs.Rsa.KeyPath};
                ssl_protocols TLSv1.3;
                ssl_prefer_server_ciphers off;
                {Hsts}
            """);
        Server(c, target("nginx-intermediate"), "ssl http2", $"""
            ssl_certificate {certs.Rsa.ChainPath}; ssl_certificate_key {certs.Rsa.KeyPath};
                ssl_certificate {certs.Ecdsa.ChainPath}; ssl_certificate_key {certs.Ecdsa.KeyPath};
                ssl_protocols TLSv1.2 TLSv1.3;
                ssl_ciphers {LabCipherStrings.MozillaIntermediate};
                ssl_dhparam {certs.Ffdhe2048Path};
                ssl_prefer_server_ciphers off;
                {Hsts}
            """);
        ProblemServer(c, target("nginx-expired"), certs.Expired.ChainPath, certs.Expired.KeyPath);
        ProblemServer(c, target("nginx-notyetvalid"), certs.NotYetValid.ChainPath, certs.NotYetValid.KeyPath);
        ProblemServer(c, target("nginx-wronghost"), certs.WrongHost.ChainPath, certs.WrongHost.KeyPath);
        ProblemServer(c, target("nginx-selfsigned"), certs.SelfSigned.CertificatePath, certs.SelfSigned.KeyPath);
        // The point of this target: the leaf alone, without the intermediate.
        ProblemServer(c, target("nginx-incomplete-chain"), certs.Incomplete.CertificatePath, certs.Incomplete.KeyPath);
        c.AppendLine($$"""
              server {
                listen {{LabTarget.Host}}:{{target("nginx-plain-http").Port}};
                server_name localhost;
                location / { return 200 "nginx plain http (no TLS)\n"; }
              }
            }
            """);
        return c.ToString();
    }

    /// <summary>One TLS server block on 127.0.0.1:<paramref name="port"/> with <paramref name="directives"/>, one per line.</summary>
    public static string BuildSingle(int port, IEnumerable<string> directives, string prefix, string errorLog)
    {
        var c = new StringBuilder(Header(prefix, errorLog)).AppendLine();
        c.AppendLine($$"""
              server {
                listen {{LabTarget.Host}}:{{port}} ssl;
                server_name localhost;
            {{string.Join('\n', directives.Select(d => "    " + d))}}
                location / { return 200 "lab nginx\n"; }
              }
            }
            """);
        return c.ToString();
    }

    // No daemon, no master process; every path under the prefix; the http block is left open for the servers.
    private static string Header(string prefix, string errorLog) => $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{errorLog}} warn;
            events { worker_connections 512; }
            http {
              access_log off;
              default_type text/plain;
              client_body_temp_path {{prefix}}/tmp/body;
              proxy_temp_path {{prefix}}/tmp/proxy;
              fastcgi_temp_path {{prefix}}/tmp/fastcgi;
              uwsgi_temp_path {{prefix}}/tmp/uwsgi;
              scgi_temp_path {{prefix}}/tmp/scgi;
            """;

    // nginx's default ciphers (no ssl_ciphers) at TLS 1.2+1.3; no ssl_dhparam, so no DHE.
    private static void ProblemServer(StringBuilder c, LabTarget target, string chain, string key) =>
        Server(c, target, "ssl", $"""
            ssl_certificate {chain}; ssl_certificate_key {key};
                ssl_protocols TLSv1.2 TLSv1.3;
            """);

    private static void Server(StringBuilder c, LabTarget target, string listenParameters, string directives) =>
        c.AppendLine($$"""
              server {
                listen {{LabTarget.Host}}:{{target.Port}} {{listenParameters}};
                server_name localhost;
                ssl_session_cache shared:lab:1m; ssl_session_timeout 5m;
                {{directives}}
                location / { return 200 "{{target.Name}}\n"; }
              }
            """);
}
