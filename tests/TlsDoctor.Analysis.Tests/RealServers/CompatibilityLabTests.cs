using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Analysis.Tests.RealServers;

/// <summary>
/// The compatibility model against real scans of the lab servers (nginx, openssl s_server). These are the model's
/// predictions from the clients' documented defaults; checking them against the real clients is separate work.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class CompatibilityLabTests(LabServers lab)
{
    private async Task<ServerScanResult> ScanAsync(string name)
    {
        var options = ScanOptions.Default with
        {
            ReadTimeout = TimeSpan.FromSeconds(2),
            TrustStore = TrustStore.FromFile(lab.RootCaPath),
        };
        var result = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, lab.Get(name).Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    }

    private static CompatibilityResult Check(string client, ServerScanResult scan) =>
        CompatibilityChecker.Check(KnownClients.Find(client) ?? throw new ArgumentException(client), scan);

    [Fact]
    public async Task Check_ModernTls13OnlyServer_OldClientsLackTheProtocolAndNewOnesConnect()
    {
        var scan = await ScanAsync("nginx-modern");

        string[] failing = ["java-7u25", "java-8u161", "ie-11-win7", "ie-11-win10", "android-4.4.2", "android-7.0",
            "dotnet-45-win7", "dotnet-48-win10", "openssl-1.0.1", "openssl-1.0.2", "chrome-49-xp", "safari-9"];
        string[] connecting = ["chrome-131", "firefox-current", "firefox-esr-115", "safari-17", "android-10", "java-11", "java-17",
            "java-21", "openssl-1.1.1", "openssl-3.0-debian12", "curl-debian12", "python-3.11", "go-1.21", "go-1.24", "node-20",
            "gnutls-3.7", "dotnet-8-debian12"];

        Assert.All(failing, id => Assert.Equal(FailureCause.NoCommonProtocol, Check(id, scan).Cause));
        Assert.All(connecting, id =>
        {
            var result = Check(id, scan);
            Assert.True(result.Connects, $"{id}: {result.Explanation}");
            Assert.Equal(Tls.Registry.TlsVersion.Tls13, result.Protocol);
        });
    }

    [Fact]
    public async Task Check_Dhe1024Server_StrictOrDheLessClientsFailWithTheirCause()
    {
        var scan = await ScanAsync("s_server-dhe1024");

        Assert.Equal(FailureCause.DhTooSmall, Check("openssl-3.0-debian12", scan).Cause);
        Assert.Equal(FailureCause.DhTooSmall, Check("python-3.11", scan).Cause);
        Assert.Equal(FailureCause.NoCommonCipher, Check("chrome-131", scan).Cause);
        Assert.Equal(FailureCause.NoCommonCipher, Check("firefox-current", scan).Cause);
        Assert.Equal(FailureCause.NoCommonCipher, Check("go-1.24", scan).Cause);

        var java = Check("java-8u161", scan);
        Assert.True(java.Connects, java.Explanation);
        Assert.Equal(1024, java.DhBits);
    }

    [Fact]
    public async Task Check_Rsa1024Server_Seclevel2AndAppleRejectTheKey()
    {
        var scan = await ScanAsync("s_server-rsa1024");

        var openssl = Check("openssl-3.0-debian12", scan);
        Assert.Equal(FailureCause.CertificateKeyTooSmall, openssl.Cause);
        Assert.Contains("1024-bit", openssl.Explanation, StringComparison.Ordinal);
        Assert.Equal(FailureCause.CertificateKeyTooSmall, Check("safari-17", scan).Cause);
        Assert.True(Check("java-17", scan).Connects);
        Assert.True(Check("openssl-1.1.1", scan).Connects);
    }

    [Fact]
    public async Task Check_OldServerTls10To12_EveryClientConnects()
    {
        var scan = await ScanAsync("s_server-old");

        var failures = CompatibilityMatrix.Run(KnownClients.All, scan).Where(r => !r.Connects).Select(r => r.ToString());

        Assert.Empty(failures);
    }

    [Fact]
    public async Task WhatIf_OldServerWithoutTls10And11_OnlyTheTls10ClientsLoseAccess()
    {
        var scan = await ScanAsync("s_server-old");
        var before = CompatibilityMatrix.Run(KnownClients.All, scan);

        var after = CompatibilityMatrix.Run(KnownClients.All, WhatIf.Apply(scan, "disable TLSv1.0,TLSv1.1"));

        var lost = CompatibilityMatrix.LostAccess(before, after);
        Assert.Equal(["android-4.4.2", "dotnet-45-win7", "java-7u25"], lost.Select(r => r.Client.Id).Order(StringComparer.Ordinal));
        Assert.All(lost, r => Assert.Equal(FailureCause.NoCommonProtocol, r.Cause));
    }

    [Fact]
    public async Task Check_ExpiredAndWrongHostServers_CertificateCauses()
    {
        var expired = await ScanAsync("nginx-expired");
        var wrongHost = await ScanAsync("nginx-wronghost");

        Assert.Equal(FailureCause.CertificateExpired, Check("chrome-131", expired).Cause);
        Assert.Equal(FailureCause.CertificateNameMismatch, Check("curl-debian12", wrongHost).Cause);
        Assert.True(Check("rdp-win10", wrongHost).Connects);
    }
}
