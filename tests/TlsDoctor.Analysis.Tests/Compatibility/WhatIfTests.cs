using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Compatibility;

public sealed class WhatIfTests(LabChains chains) : IClassFixture<LabChains>
{
    [Fact]
    public void Parse_DisableList_ReadsTheVersions()
    {
        var change = WhatIf.Parse("disable TLSv1.0,TLSv1.1");

        Assert.Equal([TlsVersion.Tls10, TlsVersion.Tls11], change.DisabledProtocols);
        Assert.Empty(change.RemovedSuites);
    }

    [Fact]
    public void Parse_RemoveCipherByOpenSslName_ReadsTheSuite()
    {
        var change = WhatIf.Parse("remove-cipher AES128-SHA; disable tls1.0");

        Assert.Equal("TLS_RSA_WITH_AES_128_CBC_SHA", Assert.Single(change.RemovedSuites).IanaName);
        Assert.Equal([TlsVersion.Tls10], change.DisabledProtocols);
        Assert.Equal("disable TLSv1.0; remove-cipher TLS_RSA_WITH_AES_128_CBC_SHA", change.ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("disable", "nothing after 'disable'")]
    [InlineData("disable TLSv1.0,TLSv2.5", "'TLSv2.5' is not a protocol version")]
    [InlineData("remove-cipher TLS_FAKE", "unknown cipher suite 'TLS_FAKE'")]
    [InlineData("enable SSLv2", "unknown change 'enable'")]
    public void Parse_BadText_OneLineError(string text, string expected)
    {
        var error = Assert.Throws<WhatIfFormatException>(() => WhatIf.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Apply_DisableAndRemove_ChangesTheCopyOnly()
    {
        var scan = OldServer();

        var after = WhatIf.Apply(scan, "disable TLSv1.0; remove-cipher ECDHE-RSA-AES128-GCM-SHA256");

        Assert.False(after.Protocols.Single(p => p.Version == TlsVersion.Tls10).Supported);
        Assert.Empty(after.CipherSuites.Single(c => c.Version == TlsVersion.Tls10).Accepted);
        Assert.DoesNotContain(after.CipherSuites.Single(c => c.Version == TlsVersion.Tls12).Accepted, s => s.Code == 0xC02F);
        Assert.True(scan.Protocols.Single(p => p.Version == TlsVersion.Tls10).Supported);
        Assert.Contains(scan.CipherSuites.Single(c => c.Version == TlsVersion.Tls12).Accepted, s => s.Code == 0xC02F);
    }

    [Fact]
    public void LostAccess_DisablingTls10And11_TheTls10OnlyClientsLoseAccess()
    {
        var scan = OldServer();
        var before = CompatibilityMatrix.Run(KnownClients.All, scan);

        var after = CompatibilityMatrix.Run(KnownClients.All, WhatIf.Apply(scan, "disable TLSv1.0,TLSv1.1"));
        var lost = CompatibilityMatrix.LostAccess(before, after).Select(r => r.Client.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["android-4.4.2", "dotnet-45-win7", "java-7u25"], lost);
        Assert.Empty(CompatibilityMatrix.GainedAccess(before, after));
        Assert.Equal(KnownClients.All.Count, after.Count);
    }

    /// <summary>TLS 1.0–1.2 with ECDHE-RSA and RSA suites, like the lab's s_server-old.</summary>
    private ServerScanResult OldServer()
    {
        var b = new ScanBuilder();
        foreach (var v in new[] { TlsVersion.Tls10, TlsVersion.Tls11 })
        {
            b.Suites(v, CipherOrder.Client, "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "AES128-SHA", "AES256-SHA")
                .Groups(v, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1);
        }

        return b.Suites(TlsVersion.Tls12, CipherOrder.Client, "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-SHA", "AES128-SHA")
            .Groups(TlsVersion.Tls12, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
            .Chain(chains.Get("rsa")).Chain(chains.Get("rsa", sni: null)).Build();
    }
}
