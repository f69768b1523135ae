using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Loading;

namespace TlsDoctor.Certificates.Tests.Loading;

/// <summary>Reading certificates from files: every format, and a one-line error for everything else.</summary>
public sealed class CertificateFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tlsdoctor-certfiles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_MissingFile_NotFoundWithOneLine()
    {
        var path = Path.Combine(_dir, "nope.pem");

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.Equal(CertificateFileError.NotFound, file.Error);
        Assert.Equal($"{path}: no such file", file.ErrorMessage);
    }

    [Fact]
    public void Read_EmptyFile_Empty()
    {
        var path = Write("empty.pem", []);

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.Equal(CertificateFileError.Empty, file.Error);
        Assert.Equal($"{path}: the file is empty", file.ErrorMessage);
    }

    [Fact]
    public void Read_TextFile_NotACertificate()
    {
        var path = Write("notes.txt", "hello, this is not a certificate\n"u8.ToArray());

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.Equal(CertificateFileError.NotACertificate, file.Error);
        Assert.Contains("not a certificate", file.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', file.ErrorMessage!);
    }

    [Fact]
    public void Read_PemWithOnlyAKey_SaysWhatItHolds()
    {
        using var key = RSA.Create(2048);
        var path = Write("key.pem", System.Text.Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.Equal(CertificateFileError.NotACertificate, file.Error);
        Assert.Contains("only 'PRIVATE KEY'", file.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PemBundleWithKey_ReadsEveryCertificateInOrderAndSkipsTheKey()
    {
        using var a = SelfSigned("CN=a");
        using var b = SelfSigned("CN=b");
        using var key = RSA.Create(2048);
        var path = Write("bundle.pem", System.Text.Encoding.ASCII.GetBytes(a.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n" + b.ExportCertificatePem()));

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.True(file.Succeeded, file.ErrorMessage);
        Assert.Equal("PEM", file.Format);
        Assert.Equal(["CN=a", "CN=b"], file.Certificates.Select(c => c.Subject));
    }

    [Fact]
    public void Read_Der_ReadsTheCertificate()
    {
        using var a = SelfSigned("CN=der");
        var path = Write("a.der", a.RawData);

        var file = Assert.Single(CertificateFileReader.Read(path));

        Assert.Equal("DER", file.Format);
        Assert.Equal("CN=der", Assert.Single(file.Certificates).Subject);
    }

    [Theory]
    [InlineData(null, CertificateFileError.PasswordRequired, "password-protected")]
    [InlineData("wrong", CertificateFileError.WrongPassword, "wrong password")]
    public void Read_ProtectedPkcs12WithoutTheRightPassword_OneLineError(string? password, CertificateFileError error, string text)
    {
        using var a = SelfSigned("CN=p12");
        var path = Write("a.p12", a.Export(X509ContentType.Pkcs12, "s3cret"));

        var file = Assert.Single(CertificateFileReader.Read(path, password));

        Assert.Equal(error, file.Error);
        Assert.Contains(text, file.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', file.ErrorMessage!);
    }

    [Fact]
    public void Read_Pkcs12WithItsPassword_ReadsTheCertificate()
    {
        using var a = SelfSigned("CN=p12");
        var path = Write("a.pfx", a.Export(X509ContentType.Pkcs12, "s3cret"));

        var file = Assert.Single(CertificateFileReader.Read(path, "s3cret"));

        Assert.Equal("PKCS#12", file.Format);
        Assert.Equal("CN=p12", Assert.Single(file.Certificates).Subject);
    }

    [Fact]
    public void Read_Directory_ReadsEachCertificateFileAndReportsTheBadOnes()
    {
        using var a = SelfSigned("CN=one");
        Write("1.pem", System.Text.Encoding.ASCII.GetBytes(a.ExportCertificatePem()));
        Write("2.crt", "garbage"u8.ToArray());
        Write("ignored.txt", "not looked at"u8.ToArray());

        var files = CertificateFileReader.Read(_dir);

        Assert.Equal(2, files.Count);
        Assert.True(files[0].Succeeded);
        Assert.Equal(CertificateFileError.NotACertificate, files[1].Error);
    }

    [Fact]
    public void Read_EmptyDirectory_SaysThereIsNothingToRead()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;

        var file = Assert.Single(CertificateFileReader.Read(empty));

        Assert.Equal(CertificateFileError.Empty, file.Error);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
