using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor scan`: its arguments, options and edge validation; the work is <see cref="ScanRunner"/>'s.</summary>
internal static class ScanCommand
{
    private const double MaxTimeoutSeconds = 3600;

    public static Command Create(CliEnvironment env)
    {
        var defaults = ScanOptions.Default;
        var targets = new Argument<ScanTarget[]>("targets")
        {
            Description = "Servers to scan: HOST, HOST:PORT, [IPv6]:PORT or a URL (port 443 unless given).",
            HelpName = "HOST[:PORT]",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = ParseTargets,
        };
        var file = new Option<string>("--file", "-f")
        {
            Description = "Read more targets from FILE, one per line; '#' starts a comment.",
            HelpName = "FILE",
        };
        var json = new Option<string>("--json")
        {
            Description = "Write the result as JSON to FILE (the report still goes to stdout), or with '-' to stdout alone.",
            HelpName = "FILE|-",
        };
        var sni = new Option<string>("--sni") { Description = "Send NAME as SNI to every target.", HelpName = "NAME" };
        var noSni = new Option<bool>("--no-sni") { Description = "Send no SNI." };
        var connectTimeout = Seconds("--connect-timeout", "TCP connect deadline", defaults.ConnectTimeout);
        var readTimeout = Seconds("--read-timeout", "Deadline for the server's answer to one hello", defaults.ReadTimeout);
        var maxConnections = Count("--max-connections", "Connections open at once to one host", defaults.MaxConnectionsPerHost);
        var parallel = Count("--parallel", "Targets scanned at once", defaults.MaxParallelTargets);
        var ipv4 = new Option<bool>("--ipv4", "-4") { Description = "Connect over IPv4 only." };
        var ipv6 = new Option<bool>("--ipv6", "-6") { Description = "Connect over IPv6 only." };
        var noColor = new Option<bool>("--no-color") { Description = "No colour (also when NO_COLOR is set or stdout is not a terminal)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no report: only errors, the exit code and --json output." };
        var trust = new TrustOptions();
        var audit = new ScanAuditOptions();
        var checkRevocation = new Option<bool>("--check-revocation")
        {
            Description = "Ask whether each leaf is revoked: contacts the OCSP responders and CRL distribution points named in "
                + "the certificates (the CA's servers, not the target) over HTTP. Off by default: a scan talks only to its targets.",
        };
        var noCertAnalysis = new Option<bool>("--no-cert-analysis")
        {
            Description = "Capture certificate chains but do not analyse them (validity, name, trust, strength); no trust store is loaded.",
        };

        var command = new Command("scan", "Scan servers' TLS: protocols, cipher suites, groups, certificates, features, known vulnerabilities, HTTP security headers, and a grade. "
            + "Certificate problems, vulnerabilities and the grade are reported but do not change the exit code unless --policy or --fail-on-grade asks.")
        {
            targets, file, json, sni, noSni, connectTimeout, readTimeout, maxConnections, parallel, ipv4, ipv6, noColor, quiet,
            checkRevocation, noCertAnalysis,
        };
        trust.AddTo(command);
        audit.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(noCertAnalysis) && (trust.Given(result) || result.GetValue(checkRevocation)))
            {
                result.AddError("--no-cert-analysis cannot be used with --ca-file, --trust or --check-revocation");
            }

            if (result.GetValue(ipv4) && result.GetValue(ipv6))
            {
                result.AddError("-4 and -6 cannot be used together");
            }

            if (result.GetValue(sni) is not null && result.GetValue(noSni))
            {
                result.AddError("--sni and --no-sni cannot be used together");
            }

            if (result.GetResult(targets) is not { Tokens.Count: > 0 } && result.GetValue(file) is null)
            {
                result.AddError("no targets: give HOST[:PORT] arguments or -f FILE");
            }
        });

        command.SetAction((parse, cancellationToken) => new ScanRunner(env).RunAsync(
            new ScanSettings
            {
                Targets = parse.GetValue(targets) ?? [],
                TargetsFile = parse.GetValue(file),
                Json = parse.GetValue(json),
                ServerName = parse.GetValue(sni),
                NoSni = parse.GetValue(noSni),
                NoColor = parse.GetValue(noColor),
                Quiet = parse.GetValue(quiet),
                Trust = trust.Read(parse),
                Policies = audit.Policies(parse),
                FailOnGrade = audit.FailOnGrade(parse),
                Options = audit.Apply(parse, defaults) with
                {
                    AnalyzeCertificates = !parse.GetValue(noCertAnalysis),
                    CheckRevocation = parse.GetValue(checkRevocation),
                    ConnectTimeout = TimeSpan.FromSeconds(parse.GetValue(connectTimeout)),
                    ReadTimeout = TimeSpan.FromSeconds(parse.GetValue(readTimeout)),
                    MaxConnectionsPerHost = parse.GetValue(maxConnections),
                    MaxParallelTargets = parse.GetValue(parallel),
                    AddressFamily = parse.GetValue(ipv4) ? AddressFamilyPreference.IPv4Only
                        : parse.GetValue(ipv6) ? AddressFamilyPreference.IPv6Only
                        : defaults.AddressFamily,
                },
            },
            cancellationToken));
        return command;
    }

    private static ScanTarget[] ParseTargets(ArgumentResult result)
    {
        var parsed = new List<ScanTarget>();
        foreach (var token in result.Tokens)
        {
            // System.CommandLine hands unknown options to the argument; no host name starts with '-'.
            if (token.Value.StartsWith('-'))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
            else if (ScanTarget.TryParse(token.Value, out var target, out var error))
            {
                parsed.Add(target!);
            }
            else
            {
                result.AddError(error!);
            }
        }

        return [.. parsed];
    }

    /// <summary>A timeout in seconds: a number above 0 and at most an hour.</summary>
    internal static Option<double> Seconds(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = $"{description}, in seconds.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => defaultValue.TotalSeconds,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0 && seconds <= MaxTimeoutSeconds)
            {
                return seconds;
            }

            result.AddError($"{name} must be a number of seconds above 0 and at most {MaxTimeoutSeconds}, not '{text}'");
            return 0;
        },
    };

    /// <summary>A count of at least 1.</summary>
    private static Option<int> Count(string name, string description, int defaultValue) => new(name)
    {
        Description = $"{description}.",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return n;
            }

            result.AddError($"{name} must be a whole number of at least 1, not '{text}'");
            return 0;
        },
    };
}
