using System.CommandLine;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Lab.Demo;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor demo`: starts the built-in demo servers on 127.0.0.1, scans them and shows the report.</summary>
internal static class DemoCommand
{
    public static Command Create(CliEnvironment env)
    {
        var json = new Option<string?>("--json") { Description = "Also write the result as JSON to FILE, or with '-' to stdout alone.", HelpName = "FILE|-" };
        var noColor = new Option<bool>("--no-color") { Description = "No colour." };
        var command = new Command("demo", "Start three built-in TLS servers on 127.0.0.1 (modern, legacy, broken), scan them and show the report. No network needed.")
        {
            json,
            noColor,
        };
        command.SetAction((parse, cancellationToken) =>
            new DemoRunner(env).RunAsync(parse.GetValue(json), parse.GetValue(noColor), cancellationToken));
        return command;
    }
}

/// <summary>Runs the demo: the servers live exactly as long as the scan of them.</summary>
internal sealed class DemoRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(string? json, bool noColor, CancellationToken cancellationToken)
    {
        await using var servers = DemoServers.Start(env.Time);
        var quietIntro = json == "-";
        if (!quietIntro)
        {
            env.Out.WriteLine("tlsdoctor demo: three TLS servers started in this process on 127.0.0.1; they stop when the demo ends.");
            foreach (var s in servers.Servers)
            {
                env.Out.WriteLine($"  {s.Name,-7} 127.0.0.1:{s.Port,-5}  {s.Description}");
            }

            env.Out.WriteLine();
            env.Out.WriteLine("Their certificates come from an in-memory demo CA, which the demo trusts as --ca-file would.");
            env.Out.WriteLine("Scanning them, as `tlsdoctor scan 127.0.0.1:PORT --sni NAME --ca-file demo-ca.pem` would:");
            env.Out.WriteLine();
        }

        var settings = new ScanSettings
        {
            Targets = [.. servers.Servers.Select(s => new ScanTarget("127.0.0.1", s.Port, s.ServerName))],
            Json = json,
            NoColor = noColor,
            Options = ScanOptions.Default with
            {
                TrustStore = TrustStore.FromCertificates([servers.Root.RawData], TrustStoreKind.File, "the demo CA (in memory)"),
            },
        };
        return await new ScanRunner(env).RunAsync(settings, cancellationToken).ConfigureAwait(false);
    }
}
