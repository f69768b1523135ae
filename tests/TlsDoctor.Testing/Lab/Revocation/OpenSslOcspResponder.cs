using System.Text;
using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>
/// A real OCSP responder for tests: OpenSSL's (<c>openssl ocsp -index … -rsigner … -CA …</c>) behind an HTTP front on
/// 127.0.0.1. OpenSSL 3.0's own listener (<c>-port N</c>) takes a port number only and binds "[::]:N", every
/// interface (apps/lib/http_server.c), so the front accepts on loopback and runs the same responder once per
/// request with <c>-reqin</c>/<c>-respout</c>. Each run follows the kit's process rules (stdin /dev/null, one log
/// file, killed on timeout and at exit); the front accepts before <see cref="StartAsync"/> returns.
/// </summary>
public sealed class OpenSslOcspResponder : IAsyncDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(15);

    private readonly string openSsl;
    private readonly string caPath;
    private readonly string keyPath;
    private readonly string indexPath;
    private readonly LoopbackHttpServer front;
    private int runs;

    private OpenSslOcspResponder(string openSsl, string directory, string caPath, string keyPath)
    {
        this.openSsl = openSsl;
        Directory = directory;
        this.caPath = caPath;
        this.keyPath = keyPath;
        indexPath = Path.Combine(directory, "index.txt");
        LogPath = Path.Combine(directory, "openssl-ocsp.log");
        File.WriteAllText(indexPath, "");
        File.WriteAllText(indexPath + ".attr", "unique_subject = no\n");
        front = LoopbackHttpServer.Start(AnswerAsync);
    }

    /// <summary>The responder's URL, for the AIA extension of the leaves it answers for.</summary>
    public Uri Url => front.BaseUrl;

    public int Port => front.Port;

    /// <summary>The run directory: index.txt, requests, responses and the log.</summary>
    public string Directory { get; }

    public string LogPath { get; }

    /// <summary>How many times openssl ocsp ran (one per request answered).</summary>
    public int Runs => Volatile.Read(ref runs);

    /// <summary>Starts the front for <paramref name="pki"/>'s CA, which also signs the responses. Needs Debian's openssl.</summary>
    public static async Task<OpenSslOcspResponder> StartAsync(RevocationPki pki)
    {
        ArgumentNullException.ThrowIfNull(pki);
        var openSsl = ToolLocator.OpenSsl();
        var directory = System.IO.Directory.CreateTempSubdirectory("tlsdoctor-ocsp-").FullName;
        ExitCleanup.DeleteDirectoryAtExit(directory);
        var (caPath, keyPath) = pki.WriteCaPem(directory);
        var responder = new OpenSslOcspResponder(openSsl, directory, caPath, keyPath);
        if (!await Ports.PortProbe.AcceptsAsync(responder.Port, TimeSpan.FromSeconds(5)))
        {
            await responder.DisposeAsync();
            throw new LabStartupException($"the OCSP front on 127.0.0.1:{responder.Port} does not accept connections");
        }

        return responder;
    }

    /// <summary>Replaces the responder's index.txt; the next request sees it.</summary>
    public void Publish(IEnumerable<OcspIndexEntry> entries)
    {
        var temporary = indexPath + ".new";
        File.WriteAllText(temporary, string.Concat(entries.Select(e => e.ToIndexLine() + "\n")), Encoding.ASCII);
        File.Move(temporary, indexPath, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        await front.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // The exit cleanup tries again.
        }
    }

    private async Task<LoopbackHttpResponse?> AnswerAsync(LoopbackHttpRequest request)
    {
        if (request.Method != "POST")
        {
            return new LoopbackHttpResponse(405, "POST an OCSP request"u8.ToArray());
        }

        var run = Interlocked.Increment(ref runs);
        var requestPath = Path.Combine(Directory, $"request-{run}.der");
        var responsePath = Path.Combine(Directory, $"response-{run}.der");
        await File.WriteAllBytesAsync(requestPath, request.Body);
        using var process = LabProcess.Start($"openssl ocsp #{run}", openSsl,
        [
            "ocsp", "-index", indexPath, "-CA", caPath, "-rsigner", caPath, "-rkey", keyPath,
            "-reqin", requestPath, "-respout", responsePath, "-ndays", "1",
        ], LogPath);
        using var timeout = new CancellationTokenSource(RunTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return Failure($"openssl ocsp #{run} did not finish within {RunTimeout.TotalSeconds:0} s", process);
        }

        return process.ExitCode == 0 && File.Exists(responsePath)
            ? LoopbackHttpResponse.Ok(await File.ReadAllBytesAsync(responsePath), "application/ocsp-response")
            : Failure($"openssl ocsp #{run} exited with {process.ExitCode}", process);
    }

    private static LoopbackHttpResponse Failure(string what, LabProcess process) =>
        new(500, Encoding.UTF8.GetBytes($"{what}; log {process.LogPath}:\n{process.LogTail()}")) { ContentType = "text/plain" };
}
