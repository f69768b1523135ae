using System.CommandLine;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor cert`: its arguments, options and edge validation; the work is <see cref="CertRunner"/>'s.</summary>
internal static class CertCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("files")
        {
            Description = "Certificate files — PEM (one or more certificates: a chain, leaf first), DER or PKCS#12 — or "
                + "directories, each of whose certificate files (*.pem, *.crt, *.cer, *.der, *.p12, *.pfx) is one chain.",
            HelpName = "FILE|DIR",
            Arity = ArgumentArity.OneOrMore,
        };
        var host = new Option<string>("--host")
        {
            Description = "Check that the leaf covers NAME (a DNS name or IP address, as a client would ask for it).",
            HelpName = "NAME",
        };
        var password = new Option<string>("--password")
        {
            Description = "Password for PKCS#12 files (other local users can see it in the process list).",
            HelpName = "PASSWORD",
        };
        var json = new Option<string>("--json")
        {
            Description = "Write the result as JSON to FILE (the report still goes to stdout), or with '-' to stdout alone.",
            HelpName = "FILE|-",
        };
        var noColor = new Option<bool>("--no-color") { Description = "No colour (also when NO_COLOR is set or stdout is not a terminal)." };
        var trust = new TrustOptions();

        var command = new Command("cert", "Check certificate files offline: every certificate's details and the chain's problems "
            + "with fixes (validity, trust path, host name, key and signature strength, CA constraints, key usage). "
            + "Nothing is fetched: no OCSP, no CRL, no missing intermediates.")
        {
            paths, host, password, json, noColor,
        };
        trust.AddTo(command);
        command.Validators.Add(result =>
        {
            // System.CommandLine hands unknown options to the argument; name a file "./-x" to check it.
            foreach (var token in result.GetResult(paths)?.Tokens ?? [])
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }

            if (result.GetResult(host) is not null && string.IsNullOrWhiteSpace(result.GetValue(host)))
            {
                result.AddError("--host needs a name");
            }
        });

        command.SetAction((parse, cancellationToken) => new CertRunner(env).RunAsync(
            new CertSettings
            {
                Paths = parse.GetValue(paths) ?? [],
                HostName = parse.GetValue(host),
                Password = parse.GetValue(password),
                Trust = trust.Read(parse),
                Json = parse.GetValue(json),
                NoColor = parse.GetValue(noColor),
            },
            cancellationToken));
        return command;
    }
}
