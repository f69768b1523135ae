using System.CommandLine;
using System.CommandLine.Parsing;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor explain`: its argument, options and edge validation; the work is <see cref="ExplainRunner"/>'s.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment env)
    {
        var defaults = ScanOptions.Default;
        var text = new Argument<string[]>("text")
        {
            Description = "The error message, quoted (words given separately are joined with spaces).",
            HelpName = "ERROR TEXT",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var target = new Option<ScanTarget>("--target", "-t")
        {
            Description = "Also scan HOST[:PORT] and check each likely cause against what the server does.",
            HelpName = "HOST[:PORT]",
            CustomParser = ParseTarget,
        };
        var sni = new Option<string>("--sni") { Description = "Send NAME as SNI to the target (default: the target's host name).", HelpName = "NAME" };
        var caFile = new Option<string>("--ca-file")
        {
            Description = "Judge the target's certificates against the CA certificates in FILE (PEM) instead of the system store.",
            HelpName = "FILE",
        };
        var connectTimeout = ScanCommand.Seconds("--connect-timeout", "TCP connect deadline", defaults.ConnectTimeout);
        var readTimeout = ScanCommand.Seconds("--read-timeout", "Deadline for the server's answer to one hello", defaults.ReadTimeout);
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object to stdout (schema/explain-result.schema.json)." };

        var command = new Command("explain", "Explain a TLS error message: which program printed it, its likely causes, and (with --target) which one holds.")
        {
            text, target, sni, caFile, connectTimeout, readTimeout, json,
        };
        command.Validators.Add(result =>
        {
            var words = result.GetValue(text) ?? [];
            if (string.IsNullOrWhiteSpace(string.Join(' ', words)))
            {
                result.AddError("no error text: give the message in quotes, e.g. tlsdoctor explain \"wrong version number\"");
            }

            if (result.GetResult(target) is null && (result.GetResult(sni) is not null || result.GetResult(caFile) is not null))
            {
                result.AddError("--sni and --ca-file need --target");
            }
        });

        command.SetAction((parse, cancellationToken) =>
        {
            var scanTarget = parse.GetValue(target);
            if (scanTarget is not null && parse.GetValue(sni) is { } serverName)
            {
                scanTarget = scanTarget with { ServerName = serverName };
            }

            return new ExplainRunner(env).RunAsync(
                new ExplainSettings
                {
                    Text = string.Join(' ', parse.GetValue(text) ?? []).Trim(),
                    Target = scanTarget,
                    CaFile = parse.GetValue(caFile),
                    Json = parse.GetValue(json),
                    Options = defaults with
                    {
                        ConnectTimeout = TimeSpan.FromSeconds(parse.GetValue(connectTimeout)),
                        ReadTimeout = TimeSpan.FromSeconds(parse.GetValue(readTimeout)),
                    },
                },
                cancellationToken);
        });
        return command;
    }

    private static ScanTarget? ParseTarget(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ScanTarget.TryParse(token, out var parsed, out var error))
        {
            return parsed;
        }

        result.AddError($"--target: {error}");
        return null;
    }
}
