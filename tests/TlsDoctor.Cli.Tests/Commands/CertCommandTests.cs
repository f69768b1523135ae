using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor cert` on files: the lab's generated PKI for chains, temp files for the unreadable cases.</summary>
public sealed class CertCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Cert_MissingFile_ExitsSixWithOneLine()
    {
        var path = Path.Combine(_files.Path, "nope.pem");

        var run = await CliRun.RunAsync("cert", path);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {path}: no such file"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Cert_EmptyFile_ExitsSixWithOneLine()
    {
        var path = _files.File("empty.pem");

        var run = await CliRun.RunAsync("cert", path);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {path}: the file is empty"], run.ErrorLines);
    }

    [Fact]
    public async Task Cert_NotACertificate_ExitsSixWithOneLine()
    {
        var path = _files.File("notes.txt", "server { listen 443 ssl; }");

        var run = await CliRun.RunAsync("cert", path);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {path}: not a certificate (neither PEM, DER X.509, nor PKCS#12)"], run.ErrorLines);
    }

    [Fact]
    public async Task Cert_PemWithOnlyAKey_ExitsSixNamingWhatItHolds()
    {
        var lab = await LabCertificates.GetAsync();

        var run = await CliRun.RunAsync("cert", lab.Rsa.KeyPath);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {lab.Rsa.KeyPath}: no certificate in this PEM file", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cert_PasswordProtectedPkcs12WithoutPassword_ExitsSixAskingForIt()
    {
        var path = WritePkcs12("secret");

        var run = await CliRun.RunAsync("cert", path);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {path}: the PKCS#12 file is password-protected; give the password with --password"], run.ErrorLines);
        Assert.DoesNotContain("Exception", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cert_Pkcs12WithWrongPassword_ExitsSixWithOneLine()
    {
        var path = WritePkcs12("secret");

        var run = await CliRun.RunAsync("cert", path, "--password", "guess");

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {path}: cannot open the PKCS#12 file: wrong password", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cert_Pkcs12WithPassword_ReadsItLeafFirst()
    {
        var path = WritePkcs12("secret");

        var run = await CliRun.RunAsync("cert", path, "--password", "secret", "--json", "-");

        Assert.NotEqual(ExitCodes.UnreadableFile, run.ExitCode);
        var file = JsonNode.Parse(run.Out)!["files"]![0]!;
        Assert.Equal("PKCS#12", (string?)file["format"]);
        Assert.Equal("CN=p12.example", (string?)file["certificates"]![0]!["subject"]);
    }

    [Fact]
    public async Task Cert_LabChainWithLabRoot_ExitsZeroAndShowsDetails()
    {
        var lab = await LabCertificates.GetAsync();

        var run = await CliRun.RunAsync("cert", lab.Rsa.ChainPath, "--ca-file", lab.RootPath, "--host", "localhost");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"{lab.Rsa.ChainPath} (PEM, 2 certificates)", run.Out, StringComparison.Ordinal);
        Assert.Contains("  [1] CN=TlsDoctor Test Intermediate CA", run.Out, StringComparison.Ordinal);
        Assert.Contains("  OK: trusted via 'CN=TlsDoctor Test Root CA'", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"SANs\s+DNS:localhost, IP:127\.0\.0\.1", run.Out);
        Assert.Matches(@"Valid\s+.+ UTC to .+ UTC \(\d+ days left\)", run.Out);
    }

    [Fact]
    public async Task Cert_LabExpiredChain_ExitsFiveAndSaysExpired()
    {
        var lab = await LabCertificates.GetAsync();

        var run = await CliRun.RunAsync("cert", lab.Expired.ChainPath, "--ca-file", lab.RootPath, "--host", "localhost");

        Assert.Equal(ExitCodes.CertificateError, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("  ✗ expired: the leaf 'CN=localhost' expired ", run.Out, StringComparison.Ordinal);
        Assert.Contains("    fix: renew: expired ", run.Out, StringComparison.Ordinal);
        Assert.Contains("(2021-01-01)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cert_LabChainWithoutCaFile_ExitsFiveUnknownIssuer()
    {
        var lab = await LabCertificates.GetAsync();

        var run = await CliRun.RunAsync("cert", lab.Rsa.ChainPath, "--json", "-");

        Assert.Equal(ExitCodes.CertificateError, run.ExitCode);
        Assert.Equal("unknown_issuer", (string?)JsonNode.Parse(run.Out)!["files"]![0]!["analysis"]!["trustStatus"]);
    }

    [Fact]
    public async Task Cert_JsonToStdout_ValidatesAgainstCertSchemaAndHoldsEveryFile()
    {
        var lab = await LabCertificates.GetAsync();
        var missing = Path.Combine(_files.Path, "missing.pem");

        var run = await CliRun.RunAsync(
            "cert", lab.Rsa.ChainPath, lab.Expired.ChainPath, lab.SelfSigned.ChainPath, lab.Incomplete.CertificatePath, missing,
            "--ca-file", lab.RootPath, "--host", "localhost", "--json", "-");

        var (valid, errors) = SchemaValidator.ValidateCert(run.Out);
        Assert.True(valid, errors);
        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {missing}: no such file"], run.ErrorLines);
        var files = JsonNode.Parse(run.Out)!["files"]!.AsArray();
        Assert.Equal(5, files.Count);
        Assert.Equal("trusted", (string?)files[0]!["analysis"]!["trustStatus"]);
        Assert.Contains("expired", files[1]!["analysis"]!["problems"]!.AsArray().Select(p => (string?)p!["code"]));
        Assert.Equal("self_signed", (string?)files[2]!["analysis"]!["trustStatus"]);
        Assert.Equal("incomplete_chain", (string?)files[3]!["analysis"]!["trustStatus"]);
        Assert.Equal("not_found", (string?)files[4]!["error"]!["kind"]);
        Assert.Equal("localhost", (string?)JsonNode.Parse(run.Out)!["hostName"]);
    }

    [Fact]
    public async Task Cert_Directory_OneChainPerFile()
    {
        var lab = await LabCertificates.GetAsync();
        File.Copy(lab.Rsa.ChainPath, Path.Combine(_files.Path, "a.pem"));
        File.Copy(lab.Ecdsa.ChainPath, Path.Combine(_files.Path, "b.crt"));
        _files.File("readme.txt", "not a certificate file name, so not read");

        var run = await CliRun.RunAsync("cert", _files.Path, "--ca-file", lab.RootPath, "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var files = JsonNode.Parse(run.Out)!["files"]!.AsArray();
        Assert.Equal(["a.pem", "b.crt"], files.Select(f => Path.GetFileName((string?)f!["path"])));
        Assert.All(files, f => Assert.Equal(2, f!["certificates"]!.AsArray().Count));
    }

    [Fact]
    public async Task Cert_UnreadableAndExpired_SixOutranksFive()
    {
        var lab = await LabCertificates.GetAsync();

        var run = await CliRun.RunAsync("cert", lab.Expired.ChainPath, _files.File("empty.pem"), "--ca-file", lab.RootPath);

        Assert.Equal(ExitCodes.UnreadableFile, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("✗ expired", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cert_JsonToFile_WritesFileAndConsoleReport()
    {
        var lab = await LabCertificates.GetAsync();
        var json = Path.Combine(_files.Path, "out.json");

        var run = await CliRun.RunAsync("cert", lab.Rsa.ChainPath, "--ca-file", lab.RootPath, "--json", json);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("OK: trusted", run.Out, StringComparison.Ordinal);
        Assert.True(SchemaValidator.ValidateCert(await File.ReadAllTextAsync(json)).Valid);
    }

    [Fact]
    public async Task Cert_BadCaFile_ExitsTwoWithTheStoresMessage()
    {
        var lab = await LabCertificates.GetAsync();
        var caFile = Path.Combine(_files.Path, "no-ca.pem");

        var run = await CliRun.RunAsync("cert", lab.Rsa.ChainPath, "--ca-file", caFile);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {caFile}: no such file or directory"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Cert_CaFileIsNotACertificate_ExitsTwoWithOneLine()
    {
        var lab = await LabCertificates.GetAsync();
        var caFile = _files.File("ca.pem", "hello");

        var run = await CliRun.RunAsync("cert", lab.Rsa.ChainPath, "--ca-file", caFile);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {caFile}: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ca-file", "x.pem", "--trust", "system")]
    [InlineData("--trust", "windows")]
    [InlineData("--host", " ")]
    [InlineData("--frobnicate")]
    public async Task Cert_BadOptions_ExitsTwo(params string[] options)
    {
        var run = await CliRun.RunAsync(["cert", "some.pem", .. options]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.ErrorLines);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("tlsdoctor: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cert_NoFiles_ExitsTwo()
    {
        var run = await CliRun.RunAsync("cert");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    /// <summary>A password-protected PKCS#12 holding a self-signed certificate for p12.example and its key.</summary>
    private string WritePkcs12(string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=p12.example", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_files.Path, "server.p12");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }
}
