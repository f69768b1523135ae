namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>A clock stopped at one instant, so validity and expiry tests are exact.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
