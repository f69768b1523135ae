using TlsDoctor.Reporting.Console;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Tests.Console;

public sealed class ConsoleReportWriterTests
{
    private static string Render(ConsoleReportOptions? options, params ServerScanResult[] targets)
    {
        var output = new StringWriter();
        new ConsoleReportWriter(options).Write(SampleResults.Report(targets), output);
        return output.ToString();
    }

    private static string Render(params ServerScanResult[] targets) => Render(null, targets);

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string LineWith(string text, string needle) =>
        Lines(text).FirstOrDefault(l => l.Contains(needle, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no line contains '{needle}' in:\n{text}");

    [Fact]
    public void Write_NotTls_OneLineCause()
    {
        var text = Render(SampleResults.NotTls());

        Assert.Equal(
            "127.0.0.1:14448 — not TLS: the service answered with plain HTTP ('HTTP/1.1 400 Bad Request')",
            text.Trim());
    }

    [Fact]
    public void Write_Unreachable_OneLineCause()
    {
        var text = Render(SampleResults.Unreachable());

        Assert.Equal("nowhere.invalid:443 — unreachable: the name did not resolve: no such host", text.Trim());
    }

    [Fact]
    public void Write_NoProtocol_OneLineWithAlert()
    {
        var text = Render(SampleResults.NoProtocol());

        Assert.Equal("[::1]:8443 — no protocol: the server accepted none of our offers (alert handshake_failure: fatal alert)", text.Trim());
    }

    [Fact]
    public void Write_Completed_HeaderNamesTargetAddressDurationAndConnections()
    {
        var text = Render(SampleResults.Completed());

        Assert.Equal("example.test:443", Lines(text).First(l => l.Length > 0));
        Assert.Contains("192.0.2.10", LineWith(text, "Address"), StringComparison.Ordinal);
        Assert.Contains("3.21 s, 42 connections", LineWith(text, "Duration"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Completed_ProtocolRowsSayOfferedOrNot()
    {
        var text = Render(SampleResults.Completed());

        Assert.Matches(@"SSLv3\s+│\s+offered\s+│\s+ServerHello SSLv3", LineWith(text, "SSLv3 "));
        Assert.Matches(@"TLSv1\.0\s+│\s+not offered", LineWith(text, "TLSv1.0 "));
        Assert.Matches(@"TLSv1\.1\s+│\s+unknown", LineWith(text, "TLSv1.1 "));
    }

    [Fact]
    public void Write_Completed_CipherTablesWithOrderAndWeakNotes()
    {
        var text = Render(SampleResults.Completed());

        Assert.Contains("TLSv1.2 cipher suites (server order)", text, StringComparison.Ordinal);
        Assert.Contains("TLSv1.3 cipher suites (client order)", text, StringComparison.Ordinal);
        Assert.Matches(@"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\s+│\s+ECDHE-RSA-AES128-GCM-SHA256\s+│\s+ECDHE\s+│\s+128\s+│\s+yes\s+│\s+yes", LineWith(text, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        Assert.Matches(@"│ RC4\s+│$", LineWith(text, "TLS_RSA_WITH_RC4_128_SHA"));
        Assert.Matches(@"│ 3DES\s+│$", LineWith(text, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"));
        Assert.Contains("undecided (timeouts or resets): TLS_RSA_WITH_AES_256_CBC_SHA", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Completed_GroupsSchemesAlpnFeaturesFailures()
    {
        var text = Render(SampleResults.Completed());

        Assert.Matches(@"TLSv1\.3\s+x25519, secp256r1, 0x1a2b \(unknown\)\s+\(server order\)", LineWith(text, "x25519"));
        Assert.Contains("1024-bit prime (RFC 2409 Oakley group 2), generator 2", text, StringComparison.Ordinal);
        Assert.Matches(@"TLSv1\.2 RSA\s+rsa_pss_rsae_sha256, rsa_pkcs1_sha1", LineWith(text, "rsa_pss_rsae_sha256"));
        Assert.Contains("h2, http/1.1", text, StringComparison.Ordinal);
        Assert.Matches(@"Secure renegotiation \(RFC 5746\)\s+│\s+yes", LineWith(text, "Secure renegotiation"));
        Assert.Matches(@"Heartbeat \(RFC 6520\)\s+│\s+not testable", LineWith(text, "Heartbeat"));
        Assert.Matches(@"signature-schemes\s+no reply to our hello \(read timed out\): no reply in 5 s", LineWith(text, "signature-schemes"));
    }

    [Fact]
    public void Write_Completed_CertificateChainSummary()
    {
        var text = Render(SampleResults.Completed());

        Assert.Contains("RSA chain (SNI example.test, TLSv1.3): 2 certificates, OCSP response stapled", text, StringComparison.Ordinal);
        Assert.Matches(@"0\s+│\s+CN=example\.test\s+│\s+CN=example\.test\s+│\s+2025-01-01\s+│\s+2026-01-01\s+│\s+RSA 2048", LineWith(text, "RSA 2048"));
        Assert.Matches(@"1\s+│\s+unreadable: ", LineWith(text, "unreadable"));
    }

    [Fact]
    public void Write_ColorOff_NoEscapeSequences()
    {
        var text = Render(SampleResults.Completed(), SampleResults.NotTls());

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Write_ColorOn_WeakSuiteInRed()
    {
        var text = Render(new ConsoleReportOptions { Color = true }, SampleResults.Completed());

        // SGR 31 is red in the standard palette; 91 its bright variant.
        Assert.Matches("\u001b\\[(31|91)mTLS_RSA_WITH_RC4_128_SHA", text);
    }

    [Fact]
    public void Write_SeveralTargets_SummaryLineCountsOutcomes()
    {
        var text = Render(SampleResults.Completed(), SampleResults.NotTls(), SampleResults.Unreachable());

        Assert.Equal("3 targets in 1.23 s: 1 completed, 1 unreachable, 1 not TLS", Lines(text).Last(l => l.Length > 0));
    }

    [Fact]
    public void Write_ServerTextWithMarkup_PrintedLiterally()
    {
        var result = SampleResults.NotTls() with
        {
            Failure = SampleResults.NotTls().Failure! with { Sample = "[red]HTTP[/] 200" },
        };

        var text = Render(result);

        Assert.Contains("('[red]HTTP[/] 200')", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ServerTextWithControlCharacters_ShownAsEscapes()
    {
        var result = SampleResults.NotTls() with
        {
            Failure = SampleResults.NotTls().Failure! with { Sample = "\u001b[2JHTTP/1.0 200\u0007" },
        };

        var text = Render(result);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("('\\x1b[2JHTTP/1.0 200\\x07')", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AlpnWithControlCharacters_ShownAsEscapes()
    {
        var result = SampleResults.Completed() with { Alpn = new(["h2\u001b[31m"]) };

        var text = Render(result);

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("h2\\x1b[31m", text, StringComparison.Ordinal);
    }
}
