using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Analysis.Tests.RealClients;

/// <summary>What one real client did against one lab target: connected, or the error text it reported.</summary>
public sealed record RealHandshake(string Client, bool Connected, string Text);

/// <summary>
/// Real JVM and .NET TLS clients, each trusting only the lab root and checking the name "localhost" the way an
/// application would: OpenJDK's JSSE (a single-file Java program) and <see cref="SslStream"/> in this process.
/// </summary>
public static class JvmAndDotnetClients
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Single-file source launch (JEP 330): `java LabClient.java host port rootPem`. Prints "OK protocol suite" or
    // "FAIL" and the exception chain (Throwable.toString: class name + message), one cause a line.
    private const string JavaSource = """
        import java.io.FileInputStream;
        import java.io.InputStream;
        import java.net.InetSocketAddress;
        import java.net.Socket;
        import java.security.KeyStore;
        import java.security.cert.CertificateFactory;
        import java.util.List;
        import javax.net.ssl.*;

        public class LabClient {
            public static void main(String[] args) throws Exception {
                String host = args[0];
                int port = Integer.parseInt(args[1]);
                try {
                    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
                    trust.load(null, null);
                    try (InputStream in = new FileInputStream(args[2])) {
                        trust.setCertificateEntry("lab-root", CertificateFactory.getInstance("X.509").generateCertificate(in));
                    }
                    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    tmf.init(trust);
                    SSLContext context = SSLContext.getInstance("TLS");
                    context.init(null, tmf.getTrustManagers(), null);
                    try (Socket raw = new Socket()) {
                        raw.connect(new InetSocketAddress(host, port), 10000);
                        raw.setSoTimeout(10000);
                        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, "localhost", port, true);
                        SSLParameters parameters = socket.getSSLParameters();
                        parameters.setServerNames(List.of(new SNIHostName("localhost")));
                        parameters.setEndpointIdentificationAlgorithm("HTTPS");
                        socket.setSSLParameters(parameters);
                        socket.startHandshake();
                        System.out.println("OK " + socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite());
                    }
                } catch (Exception e) {
                    System.out.println("FAIL " + e);
                    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                        System.out.println("Caused by: " + cause);
                    }
                }
            }
        }
        """;

    /// <summary>OpenJDK's JSSE with its default protocols, suites and algorithm constraints (java.security).</summary>
    public static async Task<RealHandshake> JavaAsync(LabTarget target, string rootCaPath)
    {
        var directory = Directory.CreateTempSubdirectory("tlsdoctor-java-client-");
        ToolRun.Result run;
        try
        {
            var source = Path.Combine(directory.FullName, "LabClient.java");
            await File.WriteAllTextAsync(source, JavaSource);
            run = await ToolRun.RunAsync("java", [source, LabTarget.Host, $"{target.Port}", rootCaPath], Timeout);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        var output = run.Output.Trim();
        var connected = !run.TimedOut && output.StartsWith("OK ", StringComparison.Ordinal);
        if (!connected && !output.StartsWith("FAIL ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"java did not run the client (exit {run.ExitCode}, timed out: {run.TimedOut}): {output}");
        }

        return new RealHandshake("java-17", connected, output);
    }

    /// <summary>
    /// <see cref="SslStream"/> with the default protocols, trusting only the lab root (custom trust store) and
    /// checking the name; on failure the text is the exception chain plus the policy errors and chain status the
    /// validation callback saw, in .NET's own enum names.
    /// </summary>
    public static async Task<RealHandshake> DotnetAsync(LabTarget target, string rootCaPath)
    {
        using var root = X509CertificateLoader.LoadCertificateFromFile(rootCaPath);
        string? rejection = null;
        bool Validate(object sender, X509Certificate? certificate, X509Chain? offered, SslPolicyErrors errors)
        {
            if (certificate is null)
            {
                rejection = $"SslPolicyErrors: {SslPolicyErrors.RemoteCertificateNotAvailable}";
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.DisableCertificateDownloads = true;
            if (offered is not null)
            {
                chain.ChainPolicy.ExtraStore.AddRange(offered.ChainPolicy.ExtraStore);
            }

            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            var policy = errors & SslPolicyErrors.RemoteCertificateNameMismatch;
            if (!chain.Build(leaf))
            {
                policy |= SslPolicyErrors.RemoteCertificateChainErrors;
            }

            if (policy == SslPolicyErrors.None)
            {
                return true;
            }

            var status = string.Join(", ", chain.ChainStatus.Select(s => $"{s.Status} ({s.StatusInformation.Trim()})"));
            rejection = $"SslPolicyErrors: {policy}" + (status.Length > 0 ? $"; chain status: {status}" : "");
            return false;
        }

        using var deadline = new CancellationTokenSource(Timeout);
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(IPAddress.Loopback, target.Port, deadline.Token);
            await using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, Validate);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, deadline.Token);
            return new RealHandshake("dotnet", true, $"OK {ssl.SslProtocol} {ssl.NegotiatedCipherSuite}");
        }
        catch (Exception e) when (e is AuthenticationException or IOException or SocketException)
        {
            var text = string.Join("\n ---> ", Chain(e).Select(x => $"{x.GetType().FullName}: {x.Message}"));
            return new RealHandshake("dotnet", false, rejection is null ? text : $"{text}\n{rejection}");
        }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
