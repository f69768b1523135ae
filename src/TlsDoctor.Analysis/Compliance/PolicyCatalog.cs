namespace TlsDoctor.Analysis.Compliance;

/// <summary>Finds the policy a user names on the command line: a built-in Mozilla profile or a YAML policy file.</summary>
public static class PolicyCatalog
{
    /// <summary>Built-in names: "mozilla-modern" and "mozilla-intermediate" are 6.0; "mozilla-old" is 5.7 (6.0 has no old).</summary>
    public static IReadOnlyDictionary<string, Func<MozillaProfile>> BuiltIn { get; } = new Dictionary<string, Func<MozillaProfile>>(StringComparer.OrdinalIgnoreCase)
    {
        ["mozilla-modern"] = () => MozillaProfiles.Modern60,
        ["mozilla-intermediate"] = () => MozillaProfiles.Intermediate60,
        ["mozilla-old"] = () => MozillaProfiles.Old57,
        ["mozilla-modern-5.7"] = () => MozillaProfiles.Modern57,
        ["mozilla-intermediate-5.7"] = () => MozillaProfiles.Intermediate57,
        ["mozilla-old-5.7"] = () => MozillaProfiles.Old57,
        ["mozilla-modern-6.0"] = () => MozillaProfiles.Modern60,
        ["mozilla-intermediate-6.0"] = () => MozillaProfiles.Intermediate60,
    };

    /// <summary>
    /// The policy for <paramref name="nameOrPath"/>: a built-in name, else a YAML policy file (see <see cref="PolicyYaml"/>
    /// for its fields); or a one-line error saying why there is none. Never throws for a bad file.
    /// </summary>
    public static (MozillaProfile? Policy, string? Error) Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BuiltIn.TryGetValue(nameOrPath, out var make))
        {
            return (make(), null);
        }

        if (File.Exists(nameOrPath))
        {
            return PolicyYaml.LoadFile(nameOrPath);
        }

        return LooksLikePath(nameOrPath)
            ? (null, $"{nameOrPath}: policy file not found")
            : (null, $"unknown policy '{nameOrPath}': use one of {string.Join(", ", BuiltIn.Keys)}, or a YAML policy file");
    }

    private static bool LooksLikePath(string text) =>
        text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal);
}
