using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Testing.Lab.Certificates;

// Issuing: what each certificate contains. Mirrors the company lab's make-certs.sh, written anew with CertificateRequest.
public sealed partial class LabCertificates
{
    private const string Organization = "TlsDoctor Test Lab";
    private const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";

    // CAs cover every leaf's validity (including 2040-2041) so that only the leaf carries the date problem.
    private static readonly DateTimeOffset CaNotBefore = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CaNotAfter = new(2049, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private enum KeyKind { Rsa2048, Rsa1024, EcP256 }

    private sealed record LeafSpec(
        string Name, string HostName, KeyKind Key, DateTimeOffset? NotBefore = null, DateTimeOffset? NotAfter = null,
        bool Sha1 = false, bool SelfSigned = false, bool WithIpAddress = true);

    private static LeafSpec[] LeafSpecs() =>
    [
        new("rsa", "localhost", KeyKind.Rsa2048),
        new("ecdsa", "localhost", KeyKind.EcP256),
        new("expired", "localhost", KeyKind.Rsa2048, Utc(2020, 1, 1), Utc(2021, 1, 1)),
        new("notyet", "localhost", KeyKind.Rsa2048, Utc(2040, 1, 1), Utc(2041, 1, 1)),
        new("wronghost", "wrong.example", KeyKind.Rsa2048, WithIpAddress: false),
        new("selfsigned", "localhost", KeyKind.Rsa2048, SelfSigned: true),
        new("rsa1024", "localhost", KeyKind.Rsa1024),
        new("sha1", "localhost", KeyKind.Rsa2048, Sha1: true),
        new("incomplete", "localhost", KeyKind.Rsa2048),
    ];

    /// <summary>Writes the whole PKI into <paramref name="directory"/> (which must exist).</summary>
    internal static LabCertificates Create(string directory, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var specs = LeafSpecs();

        // Key generation dominates; make the keys in parallel.
        var keyTasks = new[] { KeyKind.Rsa2048, KeyKind.Rsa2048 }.Concat(specs.Select(s => s.Key))
            .Select(kind => Task.Run(() => NewKey(kind))).ToArray();
        var keys = Task.WhenAll(keyTasks).GetAwaiter().GetResult();
        try
        {
            var rootKey = (RSA)keys[0];
            var intKey = (RSA)keys[1];
            using var root = IssueCa("TlsDoctor Test Root CA", rootKey, issuer: null, issuerKey: rootKey);
            using var intermediate = IssueCa("TlsDoctor Test Intermediate CA", intKey, root, rootKey);
            WritePem(directory, "root", root, rootKey);
            WritePem(directory, "int", intermediate, intKey);
            System.IO.File.WriteAllText(Path.Combine(directory, "ca-bundle.pem"),
                intermediate.ExportCertificatePem() + "\n" + root.ExportCertificatePem() + "\n");

            for (var i = 0; i < specs.Length; i++)
            {
                var spec = specs[i];
                using var leaf = IssueLeaf(spec, keys[i + 2], intermediate, intKey, now);
                WritePem(directory, spec.Name, leaf, keys[i + 2]);
                if (!spec.SelfSigned)
                {
                    System.IO.File.WriteAllText(Path.Combine(directory, spec.Name + "-chain.pem"),
                        leaf.ExportCertificatePem() + "\n" + intermediate.ExportCertificatePem() + "\n");
                }
            }
        }
        finally
        {
            foreach (var key in keys)
            {
                key.Dispose();
            }
        }

        System.IO.File.WriteAllText(Path.Combine(directory, "ffdhe2048.pem"), DhParameterFiles.Ffdhe2048Pem());
        System.IO.File.WriteAllText(Path.Combine(directory, "dh1024.pem"), DhParameterFiles.Dh1024Pem);
        return new LabCertificates(directory);
    }

    private static X509Certificate2 IssueCa(string commonName, RSA key, X509Certificate2? issuer, RSA issuerKey)
    {
        var request = new CertificateRequest(Name(commonName), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var isRoot = issuer is null;
        // Root: unlimited path; intermediate: pathlen 0 (it only issues leaves).
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, !isRoot, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        if (issuer is not null)
        {
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        }

        var generator = X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1);
        return request.Create(issuer?.SubjectName ?? request.SubjectName, generator, CaNotBefore, CaNotAfter, NewSerial());
    }

    private static X509Certificate2 IssueLeaf(
        LeafSpec spec, AsymmetricAlgorithm key, X509Certificate2 issuer, RSA issuerKey, DateTimeOffset now)
    {
        var request = key is ECDsa ec
            ? new CertificateRequest(Name(spec.HostName), ec, HashAlgorithmName.SHA256)
            : new CertificateRequest(Name(spec.HostName), (RSA)key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        // RFC 5480 §3 / RFC 8446: an ECDSA key signs only; an RSA key may also decrypt (static-RSA suites).
        var usage = key is ECDsa
            ? X509KeyUsageFlags.DigitalSignature
            : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthOid)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        if (!spec.SelfSigned)
        {
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        }

        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(spec.HostName);
        if (spec.WithIpAddress)
        {
            names.AddIpAddress(IPAddress.Loopback);
        }

        request.CertificateExtensions.Add(names.Build());

        var notBefore = spec.NotBefore ?? now.AddDays(-1);
        var notAfter = spec.NotAfter ?? now.AddDays(365);
        X509SignatureGenerator generator = (spec.SelfSigned, spec.Sha1) switch
        {
            (true, _) => X509SignatureGenerator.CreateForRSA((RSA)key, RSASignaturePadding.Pkcs1),
            (_, true) => new Sha1RsaSignatureGenerator(issuerKey),
            _ => X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1),
        };
        var issuerName = spec.SelfSigned ? request.SubjectName : issuer.SubjectName;
        return request.Create(issuerName, generator, notBefore, notAfter, NewSerial());
    }

    private static AsymmetricAlgorithm NewKey(KeyKind kind) => kind switch
    {
        KeyKind.Rsa2048 => RSA.Create(2048),
        KeyKind.Rsa1024 => RSA.Create(1024),
        _ => ECDsa.Create(ECCurve.NamedCurves.nistP256),
    };

    private static void WritePem(string directory, string name, X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        System.IO.File.WriteAllText(Path.Combine(directory, name + ".pem"), certificate.ExportCertificatePem() + "\n");
        var keyPath = Path.Combine(directory, name + ".key");
        System.IO.File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static X500DistinguishedName Name(string commonName)
    {
        // The builder encodes the last-added RDN first; this yields the usual "O=…, CN=…" order.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName(Organization);
        return builder.Build();
    }

    // RFC 5280 §4.1.2.2: positive, at most 20 octets; 16 random bytes with the top bit cleared.
    private static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
