using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

/// <summary>Two CAs per test class (RSA key generation is the slow part): the issuer under test and a stranger.</summary>
public sealed class PkiFixture : IDisposable
{
    public RevocationPki Ca { get; } = RevocationPki.Create();

    public RevocationPki OtherCa { get; } = RevocationPki.Create("TlsDoctor Other CA");

    public void Dispose()
    {
        Ca.Dispose();
        OtherCa.Dispose();
    }
}

/// <summary>A clock that always says the same time; timers still run on the system clock.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
