using System.Globalization;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// Reads a custom compliance policy from YAML. Every field is optional: an omitted field is not checked. Keys are
/// snake_case; a wrong key, type or name is a one-line error naming the file, the line and the field.
/// <code>
/// name: acme-internal                 # shown as "policy acme-internal" (default: the file name)
/// protocols: [TLSv1.2, TLSv1.3]       # allowed versions; any other offered one is a deviation
/// required_protocols: [TLSv1.3]       # versions that must be offered
/// cipher_suites:                      # TLS 1.2-and-below suites allowed (IANA names; OpenSSL names also read)
///   - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
/// tls13_cipher_suites: [TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384]
/// groups: [x25519, secp256r1]         # key exchange groups allowed (IANA names or aliases such as P-256)
/// min_rsa_bits: 2048                  # certificate keys
/// min_ecdsa_bits: 256
/// min_dh_bits: 2048                   # DHE parameters, and ffdhe groups in TLS 1.3
/// certificate_types: [ecdsa, rsa]     # rsa, ecdsa, eddsa, dsa
/// max_certificate_lifetime_days: 398
/// server_preferred_order: false       # true: the server's suite order must decide; false: the client's
/// hsts_min_age: 31536000              # seconds; needs an HTTP service
/// hsts_include_subdomains: true
/// forbid_vulnerabilities: [heartbleed, robot]   # check ids, or "all"
/// min_grade: A                        # A+, A, A-, B, C, D, E, F
/// </code>
/// </summary>
public static class PolicyYaml
{
    /// <summary>The policy in <paramref name="path"/>, or a one-line error.</summary>
    public static (MozillaProfile? Policy, string? Error) LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the policy file: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <param name="origin">Names the text in errors (the file path); also the default policy name.</param>
    public static (MozillaProfile? Policy, string? Error) Parse(string yaml, string origin)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(origin);
        try
        {
            return (Read(yaml, origin), null);
        }
        catch (PolicyException e)
        {
            return (null, e.Message);
        }
        catch (YamlException e)
        {
            return (null, $"{origin}: line {e.Start.Line}: invalid YAML ({FirstLine(e)})");
        }
        catch (InvalidOperationException e)
        {
            // The YAML parser's own state errors on some broken documents (e.g. an unclosed flow sequence).
            return (null, $"{origin}: line ?: invalid YAML ({FirstLine(e)})");
        }
    }

    private sealed class PolicyException(string message) : Exception(message);

    private static MozillaProfile Read(string yaml, string origin)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new PolicyException($"{origin}: line 1: the policy file is empty");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new PolicyException($"{origin}: line {stream.Documents[0].RootNode.Start.Line}: a policy is a mapping of fields (name, protocols, cipher_suites, …)");
        }

        var policy = new MozillaProfile(
            Name: Path.GetFileNameWithoutExtension(origin), GuidelinesVersion: "", Source: origin,
            Protocols: null, Ciphers: null, Tls13Suites: null, Groups: null, CertificateCurves: null, CertificateTypes: null,
            CertificateSignatures: null, RsaKeySize: null, DhParamSize: null, EcdhParamSize: null, HstsMinAge: null,
            MaximumCertificateLifespanDays: null, ServerPreferredOrder: null, OcspStaple: false)
        {
            IsCustom = true,
        };
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = new Field(origin, key, value);
            policy = key switch
            {
                "name" => policy with { Name = field.Text() },
                "protocols" => policy with { Protocols = field.List(Protocol) },
                "required_protocols" => policy with { RequiredProtocols = field.List(Protocol) },
                "cipher_suites" => policy with { Ciphers = field.List(Tls12Suite) },
                "tls13_cipher_suites" => policy with { Tls13Suites = field.List(Tls13Suite) },
                "groups" => policy with { Groups = field.List(Group) },
                "min_rsa_bits" => policy with { RsaKeySize = field.Int() },
                "min_ecdsa_bits" => policy with { MinEcdsaBits = field.Int() },
                "min_dh_bits" => policy with { DhParamSize = field.Int() },
                "certificate_types" => policy with { CertificateTypes = field.List(CertificateType) },
                "max_certificate_lifetime_days" => policy with { MaximumCertificateLifespanDays = field.Int() },
                "server_preferred_order" => policy with { ServerPreferredOrder = field.Bool() },
                "hsts_min_age" => policy with { HstsMinAge = field.Int() },
                "hsts_include_subdomains" => policy with { HstsIncludeSubDomains = field.Bool() },
                "forbid_vulnerabilities" => policy with { ForbiddenVulnerabilities = Vulnerabilities(field) },
                "min_grade" => policy with { MinGrade = MinGrade(field) },
                _ => throw new PolicyException($"{origin}: line {keyNode.Start.Line}: unknown field '{key}' (fields: {string.Join(", ", Fields)})"),
            };
        }

        return policy;
    }

    private static readonly string[] Fields =
    [
        "name", "protocols", "required_protocols", "cipher_suites", "tls13_cipher_suites", "groups", "min_rsa_bits", "min_ecdsa_bits",
        "min_dh_bits", "certificate_types", "max_certificate_lifetime_days", "server_preferred_order", "hsts_min_age",
        "hsts_include_subdomains", "forbid_vulnerabilities", "min_grade",
    ];

    private static TlsVersion Protocol(string text, Func<string, Exception> error) =>
        TlsVersions.TryParse(text, out var version) ? version : throw error($"unknown protocol '{text}' (use SSLv3, TLSv1.0, TLSv1.1, TLSv1.2 or TLSv1.3)");

    private static string Tls12Suite(string text, Func<string, Exception> error) => CipherSuites.FindByName(text) switch
    {
        null => throw error($"unknown cipher suite '{text}' (use its IANA name, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)"),
        { IsTls13: true } => throw error($"'{text}' is a TLS 1.3 suite; list it under tls13_cipher_suites"),
        var suite => suite.IanaName,
    };

    private static string Tls13Suite(string text, Func<string, Exception> error) => CipherSuites.FindByName(text) switch
    {
        { IsTls13: true } suite => suite.IanaName,
        null => throw error($"unknown TLS 1.3 suite '{text}' (use TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, …)"),
        _ => throw error($"'{text}' is not a TLS 1.3 suite; list it under cipher_suites"),
    };

    private static string Group(string text, Func<string, Exception> error) =>
        NamedGroups.FindByName(text)?.Name ?? throw error($"unknown group '{text}' (use its IANA name, e.g. x25519, secp256r1, ffdhe2048)");

    private static readonly string[] CertificateTypes = ["rsa", "ecdsa", "eddsa", "dsa"];

    private static string CertificateType(string text, Func<string, Exception> error) =>
        CertificateTypes.FirstOrDefault(t => string.Equals(t, text, StringComparison.OrdinalIgnoreCase))
            ?? throw error($"unknown certificate type '{text}' (use {string.Join(", ", CertificateTypes)})");

    private static List<string> Vulnerabilities(Field field)
    {
        var ids = field.List((text, error) => text.Equals("all", StringComparison.OrdinalIgnoreCase) ? text.ToLowerInvariant()
            : VulnerabilityIds.All.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase))
                ?? throw error($"unknown vulnerability id '{text}' (use 'all' or one of {string.Join(", ", VulnerabilityIds.All)})"));
        return ids.Contains("all") ? [.. VulnerabilityIds.All] : ids;
    }

    private static Grade MinGrade(Field field)
    {
        var text = field.Text().ToUpperInvariant();
        return Enum.GetValues<Grade>().Where(g => g is not (Grade.T or Grade.M)).Cast<Grade?>().FirstOrDefault(g => g!.Value.Show() == text)
            ?? throw field.Error($"unknown grade '{text}' (use A+, A, A-, B, C, D, E or F)");
    }

    // One field's node with its place in the file, so every error names file, line and field.
    private readonly record struct Field(string Origin, string Key, YamlNode Node)
    {
        public Exception Error(string message, YamlNode? at = null) =>
            new PolicyException($"{Origin}: line {(at ?? Node).Start.Line}: '{Key}': {message}");

        public string Text() => Node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim()
            : throw Error("must be a single value");

        public List<T> List<T>(Func<string, Func<string, Exception>, T> parse)
        {
            var self = this;
            IEnumerable<YamlScalarNode> items = Node switch
            {
                YamlSequenceNode seq => seq.Children.Select(c => c as YamlScalarNode ?? throw self.Error("list items must be single values", c)),
                YamlScalarNode { Value: { Length: > 0 } } one => [one],
                _ => throw Error("must be a list, e.g. [a, b]"),
            };
            return [.. items.Select(item => parse((item.Value ?? "").Trim(), message => self.Error(message, item)))];
        }

        public int Int() =>
            int.TryParse(Text(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Error($"must be a whole number of 0 or more, not '{Text()}'");

        public bool Bool() => Text().ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw Error($"must be true or false, not '{other}'"),
        };
    }

    // YamlDotNet wraps the real cause and may span lines; the innermost first line says it.
    private static string FirstLine(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        var message = e.Message.Split('\n')[0].Trim();
        return message.Length == 0 ? "invalid YAML" : message;
    }
}
