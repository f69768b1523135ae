using System.Net.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

/// <summary>
/// A second, independent copy of the IANA registry: .NET's <see cref="TlsCipherSuite"/> enum, whose member names are
/// the registry's names. Every suite it lists must be in our table under the same code and name.
/// </summary>
public class CipherSuitesDotnetTests
{
    [Fact]
    public void TlsCipherSuiteEnum_EveryMember_IsInTableWithSameIanaName()
    {
        var mismatches = Enum.GetValues<TlsCipherSuite>()
            .Where(v => CipherSuites.Find((uint)v)?.IanaName != v.ToString())
            .Select(v => $"0x{(ushort)v:x4} {v}: table has '{CipherSuites.Find((uint)v)?.IanaName}'");

        Assert.Empty(mismatches);
        Assert.True(Enum.GetValues<TlsCipherSuite>().Length > 300);
    }
}
