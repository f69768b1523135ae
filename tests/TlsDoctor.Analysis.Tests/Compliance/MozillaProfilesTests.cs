using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Compliance;

/// <summary>The profile data: every name resolves in our registries, and the published differences hold.</summary>
public sealed class MozillaProfilesTests
{
    [Fact]
    public void All_EverySuiteName_IsInTheRegistry()
    {
        Assert.All(MozillaProfiles.All.SelectMany(p => p.Ciphers!.Concat(p.Tls13Suites!)),
            name => Assert.Equal(name, CipherSuites.FindByName(name)?.IanaName));
    }

    [Fact]
    public void All_EveryGroupName_MapsToARegisteredGroup()
    {
        Assert.All(MozillaProfiles.All.SelectMany(p => p.Groups!), name => Assert.NotNull(NamedGroups.Find(MozillaNames.Group(name))));
    }

    [Fact]
    public void Find_SixPointOhOld_NullBecause60PublishesNone()
    {
        Assert.Null(MozillaProfiles.Find("old", "6.0"));
        Assert.Same(MozillaProfiles.Old57, MozillaProfiles.Find("old", "5.7"));
    }

    [Fact]
    public void Intermediate60_ComparedTo57_DropsDheAndAddsMlKemHybrid()
    {
        Assert.Equal(
            ["TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"],
            MozillaProfiles.Intermediate57.Ciphers!.Except(MozillaProfiles.Intermediate60.Ciphers!));
        Assert.Equal(["X25519MLKEM768"], MozillaProfiles.Intermediate60.Groups!.Except(MozillaProfiles.Intermediate57.Groups!));
        Assert.Equal(366, MozillaProfiles.Intermediate60.MaximumCertificateLifespanDays);
        Assert.Equal(90, MozillaProfiles.Modern60.MaximumCertificateLifespanDays);
        Assert.Equal(1024, MozillaProfiles.Old57.DhParamSize);
    }

    [Fact]
    public void All_EveryProfile_RequiresEveryVersionItAllows()
    {
        Assert.All(MozillaProfiles.All, p => Assert.Equal(p.Protocols, p.RequiredProtocols));
        Assert.All(MozillaProfiles.All, p => Assert.False(p.IsCustom));
    }
}
