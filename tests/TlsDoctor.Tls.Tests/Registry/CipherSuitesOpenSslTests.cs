using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

/// <summary>
/// The local OpenSSL is the ground truth for every suite it knows: same code, same IANA name, same OpenSSL name,
/// same oldest protocol. Not skippable: without openssl these tests fail and say why.
/// </summary>
public partial class CipherSuitesOpenSslTests
{
    private const string AllCiphers = "ALL:COMPLEMENTOFALL:@SECLEVEL=0";
    private const string AllTls13Suites =
        "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256";

    [Fact]
    public void OpenSslCiphers_EverySuiteItPrints_IsInTableWithSameNames()
    {
        var printed = ParseCiphersV(RunOpenSsl("ciphers", "-V", "-stdname", AllCiphers));

        Assert.True(printed.Count >= 100, $"openssl printed only {printed.Count} suites; is it built without most ciphers?");
        Assert.All(printed, line => AssertMatchesTable(line));
    }

    [Fact]
    public void OpenSslCiphers_AllTls13Suites_AreInTableWithSameNames()
    {
        var printed = ParseCiphersV(RunOpenSsl("ciphers", "-V", "-stdname", "-ciphersuites", AllTls13Suites, AllCiphers))
            .Where(l => l.Protocol == "TLSv1.3").ToList();

        Assert.Equal(5, printed.Count);
        Assert.All(printed, line => AssertMatchesTable(line));
    }

    private static void AssertMatchesTable(OpenSslLine line)
    {
        var suite = CipherSuites.Find(line.Code);
        Assert.True(suite is not null, $"0x{line.Code:x4} {line.StdName} is not in the table");
        Assert.Equal(line.StdName, suite.IanaName);
        Assert.Equal(line.OpenSslName, suite.OpenSslName);
        Assert.True(ProtocolOf(line.Protocol) == suite.MinVersion,
            $"{line.StdName}: openssl says {line.Protocol}, table says {suite.MinVersion}");
    }

    private static TlsVersion ProtocolOf(string column) => column switch
    {
        "SSLv3" => TlsVersion.SSLv3,
        "TLSv1" => TlsVersion.Tls10,
        "TLSv1.2" => TlsVersion.Tls12,
        "TLSv1.3" => TlsVersion.Tls13,
        _ => throw new InvalidOperationException($"unexpected protocol column '{column}'"),
    };

    // "          0xC0,0x30 - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 - ECDHE-RSA-AES256-GCM-SHA384 TLSv1.2 Kx=ECDH ..."
    [GeneratedRegex(@"^\s*0x([0-9A-F]{2}),0x([0-9A-F]{2}) - (\S+)\s+- (\S+)\s+(\S+)\s+Kx=")]
    private static partial Regex CiphersVLine();

    private static List<OpenSslLine> ParseCiphersV(string output)
    {
        var lines = new List<OpenSslLine>();
        foreach (var text in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = CiphersVLine().Match(text);
            Assert.True(m.Success, $"unexpected line from openssl ciphers -V: '{text}'");
            var code = uint.Parse(m.Groups[1].Value + m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            lines.Add(new OpenSslLine(code, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value));
        }

        return lines;
    }

    private static string RunOpenSsl(params string[] args)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"openssl is not on PATH ({e.Message}). Install it (Debian: apt-get install openssl; ./test.sh does): "
                + "this test checks the cipher suite table against OpenSSL and is not skipped.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"openssl {string.Join(' ', args)} exited {process.ExitCode}: {stderr}");
            return stdout.GetAwaiter().GetResult();
        }
    }

    private sealed record OpenSslLine(uint Code, string StdName, string OpenSslName, string Protocol);
}
