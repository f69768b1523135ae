using System.Security.Cryptography;
using System.Text;

namespace TlsDoctor.Certificates.Trust;

// Loading from disk: the system bundle, Debian's Mozilla directory, or a user's PEM/DER file or directory.
public sealed partial class TrustStore
{
    /// <summary>Where distributions keep the OpenSSL CA bundle; Debian and Ubuntu first (ca-certificates).</summary>
    private static readonly string[] SystemBundles =
    [
        "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Arch, Gentoo
        "/etc/pki/tls/certs/ca-bundle.crt",   // Fedora, RHEL
        "/etc/ssl/ca-bundle.pem",             // openSUSE
        "/etc/ssl/cert.pem",                  // Alpine, macOS
    ];

    /// <summary>Debian's ca-certificates package: one PEM file per root of Mozilla's program.</summary>
    private const string MozillaDirectory = "/usr/share/ca-certificates/mozilla";

    private static readonly string[] CertificateFileExtensions = [".pem", ".crt", ".cer", ".der"];

    private const string PemCertificateLabel = "CERTIFICATE";

    // Loaded once per process: a scan analyses several chains, and parsing ~150 roots each time costs ~0.3 s.
    // Failures are not cached, so a later call reports the same clear error (or succeeds once the file exists).
    private static readonly Lock CacheLock = new();
    private static TrustStore? _system;
    private static TrustStore? _mozilla;

    /// <summary>The operating system's store (on Debian: /etc/ssl/certs/ca-certificates.crt), loaded once per process.</summary>
    /// <exception cref="TrustStoreException">No bundle exists or it cannot be read.</exception>
    public static TrustStore System()
    {
        lock (CacheLock)
        {
            return _system ??= LoadSystem();
        }
    }

    private static TrustStore LoadSystem()
    {
        var bundle = SystemBundles.FirstOrDefault(global::System.IO.File.Exists)
            ?? throw new TrustStoreException($"no system CA bundle found (looked for {string.Join(", ", SystemBundles)}); install ca-certificates or give a CA file");
        return FromSources(ReadFile(bundle), TrustStoreKind.System, $"system store {bundle}");
    }

    /// <summary>Mozilla's roots as Debian ships them (/usr/share/ca-certificates/mozilla/*.crt), loaded once per process.</summary>
    /// <exception cref="TrustStoreException">The directory is missing or a file cannot be read.</exception>
    public static TrustStore Mozilla()
    {
        lock (CacheLock)
        {
            return _mozilla ??= LoadMozilla();
        }
    }

    private static TrustStore LoadMozilla()
    {
        if (!Directory.Exists(MozillaDirectory))
        {
            throw new TrustStoreException($"Mozilla roots not found: {MozillaDirectory} does not exist (install ca-certificates)");
        }

        return FromSources(ReadDirectory(MozillaDirectory), TrustStoreKind.Mozilla, $"Mozilla roots {MozillaDirectory}");
    }

    /// <summary>A PEM bundle, a DER certificate, or a directory of such files (*.pem, *.crt, *.cer, *.der).</summary>
    /// <exception cref="TrustStoreException">Missing, unreadable, empty, or holding something that is not a certificate.</exception>
    public static TrustStore FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return FromSources(ReadDirectory(path), TrustStoreKind.File, path);
        }

        if (!global::System.IO.File.Exists(path))
        {
            throw new TrustStoreException($"{path}: no such file or directory");
        }

        return FromSources(ReadFile(path), TrustStoreKind.File, path);
    }

    private static List<(byte[] Der, string Source)> ReadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory)
            .Where(f => CertificateFileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new TrustStoreException($"{directory}: no certificate files ({string.Join(", ", CertificateFileExtensions.Select(e => "*" + e))})");
        }

        return [.. files.SelectMany(ReadFile)];
    }

    /// <summary>Every certificate in <paramref name="path"/>: its PEM CERTIFICATE blocks, or the file itself as DER.</summary>
    private static List<(byte[] Der, string Source)> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = global::System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TrustStoreException($"{path}: cannot read ({e.Message})", e);
        }

        var text = Encoding.ASCII.GetString(bytes);
        if (!text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            var details = Details.CertificateDetails.FromDer(bytes);
            return details.Error is null
                ? [(bytes, path)]
                : throw new TrustStoreException($"{path}: neither PEM nor a DER certificate ({details.Error})");
        }

        var certificates = new List<(byte[] Der, string Source)>();
        var rest = text.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            var label = rest.Span[fields.Label];
            if (label.SequenceEqual(PemCertificateLabel))
            {
                certificates.Add((Convert.FromBase64String(rest.Span[fields.Base64Data].ToString()), path));
            }

            rest = rest[fields.Location.End..];
        }

        return certificates.Count > 0
            ? certificates
            : throw new TrustStoreException($"{path}: no certificates found (expected PEM \"BEGIN CERTIFICATE\" blocks or a DER certificate)");
    }
}
