using System.Globalization;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Analysis.Tests.RealClients;

/// <summary>
/// The command-line clients installed here, each run as a user with a private CA would run it: trust only the lab
/// root, name "localhost" (SNI and hostname check), stdin at EOF, 10 s at most.
/// </summary>
public static class CliClients
{
    // curl, python3 and node are started by name: Process resolves them on PATH (python3 may be a pyenv shim).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>A client: the profile id it stands for and how to run it against a target.</summary>
    public sealed record Runner(string ProfileId, Func<LabTarget, string, Task<RealClientRun>> RunAsync);

    public static IReadOnlyList<Runner> All { get; } =
    [
        new("openssl-3.0-debian12", OpenSslAsync),
        new("curl-debian12", CurlAsync),
        new("gnutls-3.7", GnuTlsAsync),
        new("python-3.11", PythonAsync),
        new("node-20", NodeAsync),
    ];

    // openssl s_client: -verify_return_error makes a verification failure abort the handshake, as in an application.
    private static async Task<RealClientRun> OpenSslAsync(LabTarget target, string rootCa)
    {
        var run = await ToolRun.RunAsync(ToolRun.OpenSsl(),
        [
            "s_client", "-connect", $"{LabTarget.Host}:{target.Port}", "-servername", "localhost",
            "-CAfile", rootCa, "-verify_hostname", "localhost", "-verify_return_error",
        ], Timeout);
        var connected = run.ExitCode == 0 && !run.TimedOut && run.Output.Contains("Verify return code: 0 (ok)", StringComparison.Ordinal)
            && !run.Output.Contains("Cipher is (NONE)", StringComparison.Ordinal);
        return Result("openssl-3.0-debian12", target, connected, run);
    }

    // curl's exit codes for TLS failures (libcurl-errors(3)): 35 SSL connect error, 51/60 peer verification, 53/54/58/59/66/77/80/82/83/90/91
    // engine, cipher, certificate and pinning problems. curl 7.88 checks the host name after the handshake, so its
    // "SSL connection using" line alone does not mean the connection was accepted.
    private static readonly int[] CurlTlsExitCodes = [35, 51, 53, 54, 58, 59, 60, 66, 77, 80, 82, 83, 90, 91];

    // curl: connected once the handshake completed and curl accepted the certificate; the HTTP exchange after it does not matter.
    private static async Task<RealClientRun> CurlAsync(LabTarget target, string rootCa)
    {
        var run = await ToolRun.RunAsync("curl",
        [
            "-sS", "-v", "-o", "/dev/null", "--max-time", Seconds, "--cacert", rootCa,
            "--resolve", $"localhost:{target.Port}:{LabTarget.Host}", $"https://localhost:{target.Port}/",
        ], Timeout + TimeSpan.FromSeconds(1));
        var connected = run.Output.Contains("SSL connection using", StringComparison.Ordinal) && !CurlTlsExitCodes.Contains(run.ExitCode);
        return Result("curl-debian12", target, connected, run);
    }

    private static async Task<RealClientRun> GnuTlsAsync(LabTarget target, string rootCa)
    {
        var run = await ToolRun.RunAsync(ToolRun.GnuTlsCli(),
        [
            "--x509cafile", rootCa, "--sni-hostname", "localhost", "--verify-hostname", "localhost",
            "-p", target.Port.ToString(CultureInfo.InvariantCulture), LabTarget.Host,
        ], Timeout);
        var connected = run.Output.Contains("- Handshake was completed", StringComparison.Ordinal);
        return Result("gnutls-3.7", target, connected, run);
    }

    private const string PythonScript = """
        import socket, ssl, sys
        context = ssl.create_default_context(cafile=sys.argv[1])
        with socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=10) as raw:
            with context.wrap_socket(raw, server_hostname="localhost") as tls:
                print("CONNECTED", tls.version(), tls.cipher()[0])
        """;

    private static async Task<RealClientRun> PythonAsync(LabTarget target, string rootCa)
    {
        var run = await ToolRun.RunAsync("python3",
            ["-c", PythonScript, rootCa, target.Port.ToString(CultureInfo.InvariantCulture)], Timeout);
        var connected = run.ExitCode == 0 && run.Output.StartsWith("CONNECTED", StringComparison.Ordinal);
        return Result("python-3.11", target, connected, run);
    }

    private const string NodeScript = """
        const tls = require('tls'), fs = require('fs');
        const socket = tls.connect({ host: '127.0.0.1', port: Number(process.argv[2]), servername: 'localhost',
            ca: fs.readFileSync(process.argv[1]), timeout: 10000 }, () => {
            console.log('CONNECTED', socket.getProtocol(), socket.getCipher().name); socket.end(); });
        socket.on('error', e => { console.error(`${e.code}: ${e.message}`); process.exit(1); });
        socket.on('timeout', () => { console.error('timeout'); process.exit(1); });
        """;

    private static async Task<RealClientRun> NodeAsync(LabTarget target, string rootCa)
    {
        var run = await ToolRun.RunAsync("node",
            ["-e", NodeScript, rootCa, target.Port.ToString(CultureInfo.InvariantCulture)], Timeout);
        var connected = run.ExitCode == 0 && run.Output.StartsWith("CONNECTED", StringComparison.Ordinal);
        return Result("node-20", target, connected, run);
    }

    private static string Seconds => ((int)Timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);


    private static RealClientRun Result(string client, LabTarget target, bool connected, ToolRun.Result run) =>
        new(client, target.Name, connected,
            connected ? "" : $"exit {run.ExitCode}{(run.TimedOut ? " (timed out)" : "")}: {run.Output.Trim()}");
}
