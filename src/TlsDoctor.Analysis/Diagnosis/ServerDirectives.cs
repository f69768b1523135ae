namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>
/// One server-side change written for each server software: nginx (ngx_http_ssl_module), Apache httpd (mod_ssl),
/// HAProxy (bind options) and plain OpenSSL (openssl.cnf / s_server), as their manuals name the directives.
/// </summary>
internal sealed record ServerDirectives(string Nginx, string Apache, string HAProxy, string OpenSsl)
{
    /// <summary>Mozilla's "intermediate" TLS 1.2 list (ssl-config.mozilla.org, guideline 5.7), OpenSSL names.</summary>
    public const string IntermediateCiphers =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:" +
        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384";

    public static ServerDirectives Protocols { get; } = new(
        "ssl_protocols TLSv1.2 TLSv1.3;",
        "SSLProtocol -all +TLSv1.2 +TLSv1.3",
        "ssl-min-ver TLSv1.2   (on the bind line, or ssl-default-bind-options ssl-min-ver TLSv1.2 in global)",
        "MinProtocol = TLSv1.2   (openssl.cnf [system_default_sect]; s_server: -tls1_2 -tls1_3)");

    public static ServerDirectives Ciphers(string ciphers) => new(
        $"ssl_ciphers {ciphers};",
        $"SSLCipherSuite {ciphers}",
        $"ciphers {ciphers}   (on the bind line, or ssl-default-bind-ciphers in global)",
        $"CipherString = {ciphers}   (openssl.cnf [system_default_sect]; s_server: -cipher)");

    public static ServerDirectives DhParameters { get; } = new(
        "ssl_dhparam /etc/nginx/ffdhe2048.pem;   (the RFC 7919 group: curl https://ssl-config.mozilla.org/ffdhe2048.txt)",
        "SSLOpenSSLConfCmd DHParameters \"/etc/ssl/ffdhe2048.pem\"",
        "ssl-dh-param-file /etc/haproxy/ffdhe2048.pem   (global section)",
        "openssl dhparam -out dhparam.pem 2048, then load it (s_server: -dhparam dhparam.pem)");

    public static ServerDirectives Groups { get; } = new(
        "ssl_ecdh_curve X25519:prime256v1:secp384r1;",
        "SSLOpenSSLConfCmd Curves X25519:prime256v1:secp384r1",
        "curves X25519:P-256:P-384   (on the bind line)",
        "Groups = X25519:P-256:P-384   (openssl.cnf [system_default_sect]; s_server: -groups)");

    public static ServerDirectives FullChain { get; } = new(
        "ssl_certificate /etc/ssl/example/fullchain.pem;   (leaf first, then the intermediates: cat leaf.pem intermediate.pem > fullchain.pem)",
        "SSLCertificateFile /etc/ssl/example/fullchain.pem   (leaf + intermediates in one file; Apache 2.4.8+)",
        "crt /etc/haproxy/example.pem   (on the bind line; the file holds the leaf, the intermediates and the key)",
        "serve the leaf with its intermediates (s_server: -cert leaf.pem -cert_chain intermediates.pem)");

    public static ServerDirectives NewCertificate(string what) => new(
        $"{what}, then point ssl_certificate / ssl_certificate_key at it (the full chain) and run nginx -s reload",
        $"{what}, then point SSLCertificateFile (with the chain) / SSLCertificateKeyFile at it and run apachectl graceful",
        $"{what}, then put leaf + intermediates + key in the crt file of the bind line and reload HAProxy",
        $"{what} (openssl req -new -newkey rsa:2048 -sha256 … for the request), then install it with its chain");

    public static ServerDirectives EnableTls { get; } = new(
        "listen 443 ssl;   (the listen directive lacks 'ssl', so nginx speaks plain HTTP on this port)",
        "SSLEngine on   (in the <VirtualHost *:443>)",
        "bind :443 ssl crt /etc/haproxy/example.pem",
        "put a TLS listener on this port (or a TLS terminator in front of the service)");

    public static ServerDirectives SniDefault { get; } = new(
        "listen 443 ssl default_server;   (in the server block whose certificate covers the name, for clients without SNI)",
        "make the first <VirtualHost *:443> the one whose certificate covers the name (clients without SNI get the first)",
        "crt-list with the certificate for the name first, or 'default-crt' on the bind line (HAProxy 3.0+)",
        "use a certificate that covers every name the port serves (clients without SNI get the default one)");
}
