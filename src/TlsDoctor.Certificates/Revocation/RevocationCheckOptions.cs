namespace TlsDoctor.Certificates.Revocation;

/// <summary>Limits and switches for <see cref="RevocationChecker"/>; the defaults suit an interactive scan.</summary>
public sealed record RevocationCheckOptions
{
    /// <summary>The whole check, all sources together, ends after this; what is not known by then is Unknown.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One request may take this long, so that a silent OCSP responder leaves time for the CRL.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Tolerance for a responder clock ahead of ours (thisUpdate in the future).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Ask the OCSP responders named in the certificate when the staple does not decide.</summary>
    public bool UseOcsp { get; init; } = true;

    /// <summary>Download the CRLs named in the certificate when OCSP does not decide.</summary>
    public bool UseCrl { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad setting.</summary>
    public void Validate()
    {
        Require(Deadline > TimeSpan.Zero, nameof(Deadline), "must be positive");
        Require(FetchTimeout > TimeSpan.Zero, nameof(FetchTimeout), "must be positive");
        Require(ClockSkew >= TimeSpan.Zero, nameof(ClockSkew), "must not be negative");
    }

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"RevocationCheckOptions.{name} {rule}", name);
        }
    }
}
