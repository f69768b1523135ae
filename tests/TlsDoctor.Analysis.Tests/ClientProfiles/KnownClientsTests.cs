using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.ClientProfiles;

/// <summary>The client table is data; these keep it honest.</summary>
public sealed class KnownClientsTests
{
    public static TheoryData<string> Ids() => [.. KnownClients.All.Select(p => p.Id)];

    [Fact]
    public void All_Table_HasAtLeastThirtyClients() => Assert.True(KnownClients.All.Count >= 30, $"{KnownClients.All.Count} profiles");

    [Fact]
    public void All_Ids_AreUnique()
    {
        var duplicates = KnownClients.All.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("chrome-131"), InlineData("chrome-49-xp"), InlineData("firefox-current"), InlineData("firefox-esr-115")]
    [InlineData("safari-17"), InlineData("safari-9"), InlineData("ie-11-win7"), InlineData("ie-11-win10"), InlineData("edge-legacy-win10")]
    [InlineData("android-4.4.2"), InlineData("android-7.0"), InlineData("android-10")]
    [InlineData("java-7u25"), InlineData("java-8u161"), InlineData("java-11"), InlineData("java-17"), InlineData("java-21")]
    [InlineData("dotnet-45-win7"), InlineData("dotnet-48-win10"), InlineData("openssl-1.0.1"), InlineData("openssl-1.0.2")]
    [InlineData("openssl-1.1.1"), InlineData("openssl-3.0-debian12"), InlineData("curl-debian12"), InlineData("python-3.11")]
    [InlineData("go-1.21"), InlineData("node-20"), InlineData("rdp-win10"), InlineData("gnutls-3.7")]
    public void Find_ClientTheBriefAsksFor_IsInTheTable(string id) => Assert.NotNull(KnownClients.Find(id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Profile_EverySuiteCode_IsKnownToTheRegistry(string id)
    {
        var unknown = KnownClients.Find(id)!.CipherSuites.Where(c => CipherSuites.Find(c) is null).Select(c => $"0x{c:x4}");
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Profile_Sources_AreNamed(string id)
    {
        var profile = KnownClients.Find(id)!;
        Assert.NotEmpty(profile.Sources);
        Assert.All(profile.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Profile_VersionsSuitesAndGroups_AreConsistent(string id)
    {
        var p = KnownClients.Find(id)!;
        Assert.NotEmpty(p.Versions);
        Assert.Equal(p.CipherSuites.Count, p.CipherSuites.Distinct().Count());

        // Every enabled version has a suite to offer, and TLS 1.3 suites only appear with TLS 1.3 enabled.
        Assert.All(p.Versions.Where(v => v != TlsVersion.SSLv3), v => Assert.NotEmpty(p.SuitesFor(v)));
        Assert.Equal(p.Versions.Contains(TlsVersion.Tls13), p.CipherSuites.Any(c => CipherSuites.Find(c)!.IsTls13));

        // ECDHE and TLS 1.3 need supported_groups.
        var needsGroups = p.Versions.Contains(TlsVersion.Tls13) || p.CipherSuites.Any(c => CipherSuites.Find(c)!.KeyExchange == KeyExchange.Ecdhe);
        Assert.True(!needsGroups || p.Groups.Count > 0, "offers ECDHE or TLS 1.3 without groups");
    }

    [Fact]
    public void Find_IdInOtherCase_FindsIt() => Assert.Equal("java-8u161", KnownClients.Find("JAVA-8U161")?.Id);

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(KnownClients.Find("netscape-4"));
}
