using TlsDoctor.Scanning;
using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Analysis.Tests.Causes;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Diagnosis;

/// <summary>One hand-built scan per layer that can fail, and the healthy server.</summary>
public sealed class DiagnoserTests(LabChains chains) : IClassFixture<LabChains>
{
    private static ClientProfile Client(string id) => KnownClients.Find(id) ?? throw new ArgumentException(id);

    private static LayerCheck LayerOf(ClientDiagnosis d, Layer layer) => d.Layers.Single(l => l.Layer == layer);

    private static void AssertFailsAt(ClientDiagnosis d, Layer layer)
    {
        Assert.All(d.Layers.Where(l => l.Layer < layer), l => Assert.Equal(LayerStatus.Passed, l.Status));
        Assert.Equal(LayerStatus.Failed, LayerOf(d, layer).Status);
        Assert.All(d.Layers.Where(l => l.Layer > layer), l => Assert.Equal(LayerStatus.NotReached, l.Status));
    }

    [Fact]
    public void Diagnose_SmtpBanner_NeedsStartTls()
    {
        var d = Diagnoser.Diagnose(ScanResults.NotTls(ServiceKind.Smtp), Diagnoser.DefaultClient);

        Assert.Equal(CauseId.NotTls, d.RootCause?.Cause);
        Assert.Contains("needs STARTTLS", d.Summary, StringComparison.Ordinal);
        AssertFailsAt(d, Layer.Tls);
        Assert.Contains(d.Fixes, f => f.Side == FixSide.Client && f.Text.Contains("-starttls smtp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ConnectionErrorKind.ReadTimeout, Layer.Tls, "make this port serve TLS")]
    [InlineData(ConnectionErrorKind.ConnectTimeout, Layer.Tcp, "firewall")]
    public void Diagnose_Timeout_FixDependsOnWhetherTcpConnected(ConnectionErrorKind kind, Layer failed, string fix)
    {
        var scan = ScanResults.Refused() with
        {
            Outcome = kind == ConnectionErrorKind.ReadTimeout ? ScanOutcome.NotTls : ScanOutcome.Unreachable,
            Failure = new ConnectionError(kind, "no answer"),
        };

        var d = Diagnoser.Diagnose(scan, Diagnoser.DefaultClient);

        Assert.Equal(CauseId.Timeout, d.RootCause?.Cause);
        Assert.Equal(LayerStatus.Failed, LayerOf(d, failed).Status);
        Assert.Contains(d.Fixes, f => f.Side == FixSide.Server && f.Text.Contains(fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_PlainHttp_NotTlsAndTheListenNeedsSsl()
    {
        var d = Diagnoser.Diagnose(ScanResults.NotTls(ServiceKind.Http), Diagnoser.DefaultClient);

        Assert.Contains("this is not TLS", d.Summary, StringComparison.Ordinal);
        Assert.Contains(d.Fixes, f => f.For == "nginx" && f.Text.StartsWith("listen 443 ssl;", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_ConnectionRefused_FailsAtTcp()
    {
        var d = Diagnoser.Diagnose(ScanResults.Refused(), Diagnoser.DefaultClient);

        Assert.Equal(CauseId.ConnectionRefused, d.RootCause?.Cause);
        AssertFailsAt(d, Layer.Tcp);
    }

    [Fact]
    public void Diagnose_Java8u161AgainstTls13Only_ProtocolMismatchWithEvidenceSentence()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384")
            .Groups(TlsVersion.Tls13, false, NamedGroup.X25519, NamedGroup.Secp256r1)
            .Chain(chains.Get("rsa", version: TlsVersion.Tls13)).Build();

        var d = Diagnoser.Diagnose(scan, Client("java-8u161"));

        Assert.Equal(CauseId.ProtocolMismatch, d.RootCause?.Cause);
        Assert.Equal(FailureCause.NoCommonProtocol, d.RootCause?.Failure);
        Assert.Contains("server accepts TLSv1.3 only; client 'Java 8u161' offers TLSv1.0 to TLSv1.2", d.Summary, StringComparison.Ordinal);
        AssertFailsAt(d, Layer.ProtocolVersion);
        Assert.Contains(d.Fixes, f => f is { Side: FixSide.Server, For: "nginx", Text: "ssl_protocols TLSv1.2 TLSv1.3;" });
        Assert.Contains(d.Fixes, f => f.Side == FixSide.Server && f.For == "Apache httpd" && f.Text.StartsWith("SSLProtocol", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.Side == FixSide.Server && f.For == "HAProxy" && f.Text.StartsWith("ssl-min-ver TLSv1.2", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.Side == FixSide.Client && f.For == "Java");
    }

    [Fact]
    public void Diagnose_DotNet45AgainstTls12Only_SchUseStrongCryptoFix()
    {
        var scan = ScanBuilder.Modern(chains.Get("rsa")).Build();
        var tls12Only = WhatIf.Apply(scan, "disable TLSv1.3");

        var d = Diagnoser.Diagnose(tls12Only, Client("dotnet-45-win7"));

        Assert.Equal(CauseId.ProtocolMismatch, d.RootCause?.Cause);
        Assert.Contains(d.Fixes, f => f.For == ".NET Framework" && f.Text.Contains("SchUseStrongCrypto", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_DheOnlyServerAndModernBrowser_NoCommonCipher()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Server, "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384")
            .Dh(TlsVersion.Tls12, 2048)
            .Chain(chains.Get("rsa")).Build();

        var d = Diagnoser.Diagnose(scan, Client("chrome-131"));

        Assert.Equal(CauseId.NoSharedCipher, d.RootCause?.Cause);
        AssertFailsAt(d, Layer.CipherSuite);
        Assert.Contains(d.Fixes, f => f.For == "nginx" && f.Text.StartsWith("ssl_ciphers ECDHE-", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "Apache httpd" && f.Text.StartsWith("SSLCipherSuite ECDHE-", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_Dh1024AndSeclevel2Client_DhTooSmallWithDhparamFixes()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Server, "DHE-RSA-AES128-GCM-SHA256")
            .Dh(TlsVersion.Tls12, 1024)
            .Chain(chains.Get("rsa")).Build();

        var d = Diagnoser.Diagnose(scan, Client("openssl-3.0-debian12"));

        Assert.Equal(CauseId.DhTooSmall, d.RootCause?.Cause);
        AssertFailsAt(d, Layer.KeyExchange);
        Assert.Contains(d.Fixes, f => f.For == "nginx" && f.Text.StartsWith("ssl_dhparam ", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "Apache httpd" && f.Text.StartsWith("SSLOpenSSLConfCmd DHParameters", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "HAProxy" && f.Text.StartsWith("ssl-dh-param-file", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_ExpiredLeaf_CertificateExpiredWithTheProblemAsEvidence()
    {
        var d = Diagnoser.Diagnose(ScanBuilder.Modern(chains.Get("expired")).Build(), Diagnoser.DefaultClient);

        Assert.Equal(CauseId.CertificateExpired, d.RootCause?.Cause);
        AssertFailsAt(d, Layer.Certificate);
        Assert.True(d.Evidence.Count >= 2, string.Join(" | ", d.Evidence));
        Assert.Contains(d.Fixes, f => f.For == "nginx" && f.Text.StartsWith("renew the certificate", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_LeafForAnotherName_HostnameMismatch() =>
        Assert.Equal(CauseId.HostnameMismatch, Diagnoser.Diagnose(ScanBuilder.Modern(chains.Get("wronghost")).Build(), Diagnoser.DefaultClient).RootCause?.Cause);

    [Fact]
    public void Diagnose_IncompleteChainAndNonFetchingClient_IncompleteChainWithFullChainFixes()
    {
        var d = Diagnoser.Diagnose(ScanBuilder.Modern(chains.Get("incomplete")).Build(), Client("java-17"));

        Assert.Equal(CauseId.IncompleteChain, d.RootCause?.Cause);
        Assert.Contains(d.Fixes, f => f.For == "nginx" && f.Text.StartsWith("ssl_certificate /etc/ssl/example/fullchain.pem;", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "Apache httpd" && f.Text.StartsWith("SSLCertificateFile /etc/ssl/example/fullchain.pem", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "HAProxy" && f.Text.StartsWith("crt ", StringComparison.Ordinal));
        Assert.Contains(d.Fixes, f => f.For == "Java" && f.Text.Contains("keytool -importcert", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnose_IncompleteChainWithoutCaIssuersUrl_EvenAFetchingBrowserFails()
    {
        // Chrome chases a missing intermediate only through the leaf's caIssuers URL, which the lab leaf lacks.
        var d = Diagnoser.Diagnose(ScanBuilder.Modern(chains.Get("incomplete")).Build(), Diagnoser.DefaultClient);

        Assert.True(d.HasProblem);
        Assert.Contains("intermediate", string.Join(" ", d.Fixes.Select(f => f.Text)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Diagnose_HealthyServer_NoProblemWithTheNegotiatedHandshake()
    {
        var d = Diagnoser.Diagnose(ScanBuilder.Modern(chains.Get("rsa")).Build(), Diagnoser.DefaultClient);

        Assert.False(d.HasProblem);
        Assert.Empty(d.Fixes);
        Assert.StartsWith("no problem for this client: Chrome", d.Summary, StringComparison.Ordinal);
        Assert.Equal("TLSv1.3, TLS_AES_128_GCM_SHA256, x25519", d.Negotiated);
        Assert.Equal(LayerStatus.NotChecked, LayerOf(d, Layer.ClientCertificate).Status);
        Assert.All(d.Layers.Where(l => l.Layer != Layer.ClientCertificate), l => Assert.Equal(LayerStatus.Passed, l.Status));
    }

    [Fact]
    public void Diagnose_NginxNamedInAPlainHttpAnswer_OnlyNginxServerFixes()
    {
        var scan = ScanResults.NotTls(ServiceKind.Http);
        scan = scan with { Failure = scan.Failure! with { Sample = "HTTP/1.1 400 Bad Request\r\nServer: nginx/1.22.1" } };

        var d = Diagnoser.Diagnose(scan, Diagnoser.DefaultClient);

        Assert.Equal(ServerSoftware.Nginx, d.Software);
        Assert.Equal(["nginx"], d.Fixes.Where(f => f.Side == FixSide.Server).Select(f => f.For));
    }
}
