using System.Collections.ObjectModel;

namespace TlsDoctor.Testing.Lab;

/// <summary>Protocol names as the truth table and reports spell them.</summary>
public static class LabProtocols
{
    public const string SslV2 = "SSLv2";
    public const string SslV3 = "SSLv3";
    public const string Tls10 = "TLSv1.0";
    public const string Tls11 = "TLSv1.1";
    public const string Tls12 = "TLSv1.2";
    public const string Tls13 = "TLSv1.3";

    /// <summary>Every protocol, oldest first.</summary>
    public static IReadOnlyList<string> All { get; } = [SslV2, SslV3, Tls10, Tls11, Tls12, Tls13];

    /// <summary>A full protocol map: true for <paramref name="supported"/>, false for every other protocol.</summary>
    public static IReadOnlyDictionary<string, bool> Only(params string[] supported)
    {
        foreach (var name in supported)
        {
            if (!All.Contains(name))
            {
                throw new ArgumentException($"unknown protocol name '{name}'", nameof(supported));
            }
        }

        return new ReadOnlyDictionary<string, bool>(All.ToDictionary(p => p, supported.Contains));
    }

    /// <summary>The map for a target that speaks no TLS at all.</summary>
    public static IReadOnlyDictionary<string, bool> None() => Only();
}
