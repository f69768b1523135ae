using System.CommandLine;
using System.CommandLine.Parsing;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor diagnose`: its argument, options and edge validation; the work is <see cref="DiagnoseRunner"/>'s.</summary>
internal static class DiagnoseCommand
{
    public static Command Create(CliEnvironment env)
    {
        var defaults = ScanOptions.Default;
        var target = new Argument<ScanTarget?>("target")
        {
            Description = "The server: HOST, HOST:PORT, [IPv6]:PORT or a URL (port 443 unless given).",
            HelpName = "HOST[:PORT]",
            CustomParser = ParseTarget,
        };
        var client = new Option<string>("--client", "-c")
        {
            Description = "Diagnose for this known client (e.g. java-8u161). Without --client or --client-spec every known client is "
                + "checked and the diagnosis is for a current browser (chrome-131).",
            HelpName = "ID",
        };
        var clientSpec = new Option<string>("--client-spec")
        {
            Description = "Diagnose for the client described in FILE.yaml (id, name, versions, cipher_suites, …).",
            HelpName = "FILE.yaml",
        };
        var whatIf = new Option<WhatIfChange?>("--what-if")
        {
            Description = "List the clients that would lose (or gain) access after a server change: \"disable TLSv1.0,TLSv1.1\" or \"remove-cipher NAME\".",
            HelpName = "CHANGE",
            CustomParser = ParseWhatIf,
        };
        var sni = new Option<string>("--sni") { Description = "Send NAME as SNI (default: the target's host name).", HelpName = "NAME" };
        var json = new Option<string>("--json")
        {
            Description = "Write the result as JSON to FILE (the report still goes to stdout), or with '-' to stdout alone (schema/diagnose-result.schema.json).",
            HelpName = "FILE|-",
        };
        var checkRevocation = new Option<bool>("--check-revocation")
        {
            Description = "Also ask the CA's OCSP responders and CRL distribution points whether the leaf is revoked.",
        };
        var connectTimeout = ScanCommand.Seconds("--connect-timeout", "TCP connect deadline", defaults.ConnectTimeout);
        var readTimeout = ScanCommand.Seconds("--read-timeout", "Deadline for the server's answer to one hello", defaults.ReadTimeout);
        var trust = new TrustOptions();

        var command = new Command("diagnose", "Tell why a client cannot connect to a server: checks each layer in turn and stops at the first that fails, with the evidence and the fixes.")
        {
            target, client, clientSpec, whatIf, sni, json, checkRevocation, connectTimeout, readTimeout,
        };
        trust.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(client) is not null && result.GetValue(clientSpec) is not null)
            {
                result.AddError("--client and --client-spec cannot be used together");
            }

            if (result.GetValue(client) is { } id && KnownClients.Find(id) is null)
            {
                result.AddError($"unknown client '{id}'; known clients: {string.Join(", ", KnownClients.All.Select(p => p.Id))}");
            }
        });

        command.SetAction((parse, cancellationToken) =>
        {
            var scanTarget = parse.GetValue(target)!;
            if (parse.GetValue(sni) is { } serverName)
            {
                scanTarget = scanTarget with { ServerName = serverName };
            }

            return new DiagnoseRunner(env).RunAsync(
                new DiagnoseSettings
                {
                    Target = scanTarget,
                    ClientId = parse.GetValue(client),
                    ClientSpec = parse.GetValue(clientSpec),
                    WhatIf = parse.GetValue(whatIf),
                    Trust = trust.Read(parse),
                    Json = parse.GetValue(json),
                    Options = defaults with
                    {
                        CheckRevocation = parse.GetValue(checkRevocation),
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
        if (token.StartsWith('-'))
        {
            result.AddError($"unknown option '{token}'");
            return null;
        }

        if (ScanTarget.TryParse(token, out var parsed, out var error))
        {
            return parsed;
        }

        result.AddError(error!);
        return null;
    }

    private static WhatIfChange? ParseWhatIf(ArgumentResult result)
    {
        try
        {
            return WhatIf.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : "");
        }
        catch (WhatIfFormatException e)
        {
            result.AddError(e.Message);
            return null;
        }
    }
}
