namespace TlsDoctor.Certificates.Details;

/// <summary>One extended key usage (RFC 5280 §4.2.1.12): its OID and, when known, its name, e.g. "serverAuth".</summary>
public sealed record KeyPurpose(string Oid, string Name)
{
    public override string ToString() => Name == Oid ? Oid : $"{Name} ({Oid})";
}

/// <summary>The key purposes a TLS diagnosis talks about, by OID.</summary>
public static class KeyPurposes
{
    // RFC 5280 §4.2.1.12
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string AnyExtendedKeyUsage = "2.5.29.37.0";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // RFC 5280 §4.2.1.12
        [ServerAuth] = "serverAuth",
        [ClientAuth] = "clientAuth",
        ["1.3.6.1.5.5.7.3.3"] = "codeSigning",
        ["1.3.6.1.5.5.7.3.4"] = "emailProtection",
        ["1.3.6.1.5.5.7.3.8"] = "timeStamping",
        ["1.3.6.1.5.5.7.3.9"] = "OCSPSigning",
        [AnyExtendedKeyUsage] = "anyExtendedKeyUsage",
        // Legacy "server gated crypto" purposes, still seen in old intermediates.
        ["1.3.6.1.4.1.311.10.3.3"] = "msSGC",
        ["2.16.840.1.113730.4.1"] = "nsSGC",
    };

    /// <summary>The purpose for <paramref name="oid"/>, named when known (the OID itself otherwise).</summary>
    public static KeyPurpose From(string oid) => new(oid, Names.GetValueOrDefault(oid, oid));
}
