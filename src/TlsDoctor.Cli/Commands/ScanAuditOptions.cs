using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// `scan`'s audit options: policies, the grade to fail on, which vulnerability checks run and what they may contact,
/// and the HTTP probe. Parsed and checked for contradictions here; --policy is resolved by the runner (it may read a file).
/// </summary>
internal sealed class ScanAuditOptions
{
    private const int MaxPort = 65535;

    /// <summary>The grades --fail-on-grade accepts, best first (T and M are outcomes, not thresholds).</summary>
    private static readonly Grade[] Thresholds = [Grade.APlus, Grade.A, Grade.AMinus, Grade.B, Grade.C, Grade.D, Grade.E, Grade.F];

    private readonly Option<string[]> _policy = new("--policy")
    {
        Description = "Check every target against a policy: mozilla-modern, mozilla-intermediate (Mozilla guidelines 6.0), "
            + "mozilla-old, or those names with -5.7 / -6.0, or a YAML policy FILE. Repeatable. A target that fails one: exit 9.",
        HelpName = "NAME|FILE",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<Grade?> _failOnGrade = new("--fail-on-grade")
    {
        Description = "Exit 9 when a target's grade is worse than LETTER (T and M, an untrusted or mismatched certificate, count as worse than F).",
        HelpName = "A+|A|A-|B|C|D|E|F",
        CustomParser = ParseGrade,
    };

    private readonly Option<string[]> _checks = new("--checks")
    {
        Description = "Run only these vulnerability checks (comma-separated or repeated): " + string.Join(", ", VulnerabilityIds.All) + ".",
        HelpName = "ID[,ID…]",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = ParseChecks,
    };

    private readonly Option<bool> _noChecks = new("--no-checks") { Description = "Run no vulnerability checks." };

    private readonly Option<bool> _noHttp = new("--no-http")
    {
        Description = "Do not fetch \"/\" over HTTPS (for mail, LDAP and other services that are not HTTP); HSTS and security headers are then not checked.",
    };

    private readonly Option<int?> _httpPort = new("--http-port")
    {
        Description = "Also ask plain HTTP on port N of the same host whether it redirects to HTTPS.",
        HelpName = "N",
        CustomParser = result => ParseNumber(result, "--http-port", 1, MaxPort),
    };

    private readonly Option<ScanTarget[]> _drownPeers = new("--drown-peer")
    {
        Description = "Another service that may share the certificate's RSA key (a mail server, an old VPN), checked for SSLv2 "
            + "for DROWN. Repeatable. HOST:PORT as for targets; it is contacted only with this option.",
        HelpName = "HOST:PORT",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = ParsePeers,
    };

    private readonly Option<int?> _robotMaxQueries = new("--robot-max-queries")
    {
        Description = $"Most connections the ROBOT padding-oracle check may open per target (default {ScanOptions.Default.RobotMaxQueries}).",
        HelpName = "N",
        CustomParser = result => ParseNumber(result, "--robot-max-queries", 1, int.MaxValue),
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _policy, _failOnGrade, _checks, _noChecks, _noHttp, _httpPort, _drownPeers, _robotMaxQueries })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_noChecks) && (result.GetResult(_checks) is not null || result.GetResult(_drownPeers) is not null
                || result.GetResult(_robotMaxQueries) is not null))
            {
                result.AddError("--no-checks cannot be used with --checks, --drown-peer or --robot-max-queries");
            }

            if (result.GetValue(_noHttp) && result.GetResult(_httpPort) is not null)
            {
                result.AddError("--no-http cannot be used with --http-port");
            }
        });
    }

    /// <summary>The scanner options these flags change.</summary>
    public ScanOptions Apply(ParseResult parse, ScanOptions options)
    {
        var only = parse.GetValue(_checks);
        var peers = parse.GetValue(_drownPeers);
        return options with
        {
            CheckVulnerabilities = !parse.GetValue(_noChecks),
            OnlyVulnerabilities = only is { Length: > 0 } ? new HashSet<string>(only, StringComparer.OrdinalIgnoreCase) : null,
            Http = parse.GetValue(_noHttp) ? HttpProbeMode.Off : options.Http,
            PlainHttpPort = parse.GetValue(_httpPort) ?? options.PlainHttpPort,
            SslV2Peers = peers is { Length: > 0 } ? peers : options.SslV2Peers,
            RobotMaxQueries = parse.GetValue(_robotMaxQueries) ?? options.RobotMaxQueries,
        };
    }

    public IReadOnlyList<string> Policies(ParseResult parse) => parse.GetValue(_policy) ?? [];

    public Grade? FailOnGrade(ParseResult parse) => parse.GetValue(_failOnGrade);

    private static Grade? ParseGrade(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        foreach (var grade in Thresholds)
        {
            if (string.Equals(grade.Show(), text, StringComparison.OrdinalIgnoreCase))
            {
                return grade;
            }
        }

        result.AddError($"--fail-on-grade must be one of {string.Join(", ", Thresholds.Select(g => g.Show()))}, not '{text}'");
        return null;
    }

    private static string[] ParseChecks(ArgumentResult result)
    {
        var ids = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var unknown = ids.Where(id => !VulnerabilityIds.All.Contains(id, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || ids.Count == 0)
        {
            var what = unknown.Count > 0 ? $"unknown check '{string.Join("', '", unknown)}'" : "--checks needs at least one id";
            result.AddError($"{what}: the checks are {string.Join(", ", VulnerabilityIds.All)}");
            return [];
        }

        return [.. ids.Select(id => id.ToLowerInvariant()).Distinct()];
    }

    private static ScanTarget[] ParsePeers(ArgumentResult result)
    {
        var peers = new List<ScanTarget>();
        foreach (var token in result.Tokens)
        {
            if (ScanTarget.TryParse(token.Value, out var peer, out var error))
            {
                peers.Add(peer!);
            }
            else
            {
                result.AddError($"--drown-peer {error}");
            }
        }

        return [.. peers];
    }

    private static int? ParseNumber(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        var range = max == int.MaxValue ? $"at least {min}" : $"from {min} to {max}";
        result.AddError($"{name} must be a whole number {range}, not '{text}'");
        return null;
    }
}
