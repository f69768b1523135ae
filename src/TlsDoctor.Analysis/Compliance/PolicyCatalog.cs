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

    /// <summary>The policy for <paramref name="nameOrPath"/>, or a one-line error saying why there is none.</summary>
    public static (MozillaProfile? Policy, string? Error) Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BuiltIn.TryGetValue(nameOrPath, out var make))
        {
            return (make(), null);
        }

        return (null, $"unknown policy '{nameOrPath}': use one of {string.Join(", ", BuiltIn.Keys)}, or a YAML policy file");
    }
}
