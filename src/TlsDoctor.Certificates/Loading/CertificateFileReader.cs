using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TlsDoctor.Certificates.Loading;

/// <summary>Why a certificate file could not be read; each has a one-line message and its own CLI exit code.</summary>
public enum CertificateFileError : byte
{
    NotFound,
    Unreadable,
    Empty,
    NotACertificate,
    PasswordRequired,
    WrongPassword,
}

/// <summary>The certificates read from one file, in file order, or why none could be.</summary>
public sealed record CertificateFile(string Path, IReadOnlyList<X509Certificate2> Certificates, string Format)
{
    public CertificateFileError? Error { get; init; }

    public string? ErrorMessage { get; init; }

    public bool Succeeded => Error is null;

    public static CertificateFile Failed(string path, CertificateFileError error, string message) =>
        new(path, [], "") { Error = error, ErrorMessage = message };
}

/// <summary>
/// Reads certificates from PEM (one or many, private keys skipped), DER, and PKCS#12 files, and from every such
/// file in a directory. Never throws for bad input: each file gives certificates or a one-line reason.
/// </summary>
public static class CertificateFileReader
{
    private static readonly string[] DirectoryPatterns = ["*.pem", "*.crt", "*.cer", "*.der", "*.p12", "*.pfx"];

    /// <summary>Reads a file, or every certificate file in a directory (one result per file).</summary>
    public static IReadOnlyList<CertificateFile> Read(string path, string? password = null)
    {
        if (Directory.Exists(path))
        {
            var files = DirectoryPatterns.SelectMany(p => Directory.EnumerateFiles(path, p)).Distinct().Order(StringComparer.Ordinal).ToList();
            return files.Count == 0
                ? [CertificateFile.Failed(path, CertificateFileError.Empty, $"{path}: no certificate files (*.pem, *.crt, *.cer, *.der, *.p12, *.pfx) in this directory")]
                : [.. files.Select(f => ReadFile(f, password))];
        }

        return [ReadFile(path, password)];
    }

    /// <summary>Reads one file.</summary>
    public static CertificateFile ReadFile(string path, string? password = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return CertificateFile.Failed(path, CertificateFileError.NotFound, $"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            return CertificateFile.Failed(path, CertificateFileError.NotFound, $"{path}: no such file or directory");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CertificateFile.Failed(path, CertificateFileError.Unreadable, $"{path}: cannot read: {e.Message}");
        }

        return Parse(path, bytes, password);
    }

    /// <summary>Reads certificates from bytes already in memory (PEM, DER or PKCS#12, told apart by content).</summary>
    public static CertificateFile Parse(string path, byte[] bytes, string? password = null)
    {
        if (bytes.AsSpan().Trim((byte)0).IsEmpty || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return CertificateFile.Failed(path, CertificateFileError.Empty, $"{path}: the file is empty");
        }

        if (LooksLikePem(bytes))
        {
            return ParsePem(path, Encoding.ASCII.GetString(bytes));
        }

        // DER: a single certificate is a SEQUENCE; PKCS#12 (RFC 7292 PFX) is a SEQUENCE too, whose first element is
        // INTEGER 3. Try X.509 first, then PKCS#12.
        try
        {
            return new CertificateFile(path, [X509CertificateLoader.LoadCertificate(bytes)], "DER");
        }
        catch (CryptographicException)
        {
            // not a DER certificate; maybe PKCS#12
        }

        return ParsePkcs12(path, bytes, password);
    }

    private static bool LooksLikePem(byte[] bytes) =>
        Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 64 * 1024)).Contains("-----BEGIN ", StringComparison.Ordinal);

    private static CertificateFile ParsePem(string path, string text)
    {
        var certificates = new List<X509Certificate2>();
        var labels = new List<string>();
        var rest = text.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var label = rest[fields.Label].ToString();
            labels.Add(label);
            if (label is "CERTIFICATE" or "X509 CERTIFICATE" or "TRUSTED CERTIFICATE")
            {
                try
                {
                    var der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
                    certificates.Add(X509CertificateLoader.LoadCertificate(der));
                }
                catch (Exception e) when (e is CryptographicException or FormatException)
                {
                    return CertificateFile.Failed(path, CertificateFileError.NotACertificate,
                        $"{path}: PEM block {labels.Count} ('{label}') is not a valid certificate: {FirstLine(e.Message)}");
                }
            }

            rest = rest[fields.Location.End..];
        }

        if (certificates.Count == 0)
        {
            var found = labels.Count == 0 ? "no PEM blocks" : $"only {string.Join(", ", labels.Distinct().Select(l => $"'{l}'"))}";
            return CertificateFile.Failed(path, CertificateFileError.NotACertificate, $"{path}: no certificate in this PEM file ({found})");
        }

        return new CertificateFile(path, certificates, "PEM");
    }

    private static CertificateFile ParsePkcs12(string path, byte[] bytes, string? password)
    {
        if (!IsPkcs12(bytes))
        {
            return CertificateFile.Failed(path, CertificateFileError.NotACertificate,
                $"{path}: not a certificate (neither PEM, DER X.509, nor PKCS#12)");
        }

        try
        {
            var collection = X509CertificateLoader.LoadPkcs12Collection(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
            return collection.Count == 0
                ? CertificateFile.Failed(path, CertificateFileError.Empty, $"{path}: the PKCS#12 file holds no certificate")
                : new CertificateFile(path, [.. collection], "PKCS#12");
        }
        catch (CryptographicException e)
        {
            return password is null
                ? CertificateFile.Failed(path, CertificateFileError.PasswordRequired, $"{path}: the PKCS#12 file is password-protected; give the password with --password")
                : CertificateFile.Failed(path, CertificateFileError.WrongPassword, $"{path}: cannot open the PKCS#12 file: wrong password ({FirstLine(e.Message)})");
        }
    }

    private static bool IsPkcs12(byte[] bytes)
    {
        try
        {
            return X509Certificate2.GetCertContentType(bytes) == X509ContentType.Pkcs12;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
