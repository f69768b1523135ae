using System.Text.RegularExpressions;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Analysis.Tests.RealClients;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>) loading https://localhost:PORT/ with a fresh profile whose NSS database
/// (HOME/.pki/nssdb, made with certutil) trusts the lab root; every other host name resolves to nothing.
/// </summary>
public static partial class ChromiumClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // A browser is heavy: a few at a time.
    private static readonly SemaphoreSlim Slots = new(3);

    public static async Task<RealHandshake> LoadAsync(LabTarget target, string rootCaPath)
    {
        await Slots.WaitAsync();
        var home = Directory.CreateTempSubdirectory("tlsdoctor-chromium-");
        try
        {
            var nssDb = Directory.CreateDirectory(Path.Combine(home.FullName, ".pki", "nssdb")).FullName;
            await RequireAsync("certutil", ["-d", $"sql:{nssDb}", "-N", "--empty-password"]);
            await RequireAsync("certutil", ["-d", $"sql:{nssDb}", "-A", "-n", "tlsdoctor-lab-root", "-t", "C,,", "-i", rootCaPath]);
            var run = await ToolRun.RunAsync("env",
            [
                $"HOME={home.FullName}", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                $"--user-data-dir={Path.Combine(home.FullName, "profile")}", "--dump-dom", $"https://localhost:{target.Port}/",
            ], Timeout);
            // Chromium logs the handshake's net error and the page's load error on stderr; the DOM goes to stdout.
            var errors = string.Join("\n", ErrorLine().Matches(run.Output).Select(m => m.Value.Trim()));
            var loaded = !run.TimedOut && errors.Length == 0 && run.Output.Contains("<html", StringComparison.OrdinalIgnoreCase);
            if (!loaded && errors.Length == 0)
            {
                throw new InvalidOperationException($"chromium neither loaded the page nor named an error (exit {run.ExitCode}): {run.Output}");
            }

            return new RealHandshake("chromium", loaded, loaded ? "OK" : errors);
        }
        finally
        {
            Slots.Release();
            home.Delete(recursive: true);
        }
    }

    private static async Task RequireAsync(string program, string[] arguments)
    {
        var run = await ToolRun.RunAsync(program, arguments, Timeout);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {run.Output}");
        }
    }

    [GeneratedRegex(@"^.*(?:handshake failed;.*|Page load failed: .*)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
