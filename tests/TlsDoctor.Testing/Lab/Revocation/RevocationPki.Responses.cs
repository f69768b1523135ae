using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using BcExtension = Org.BouncyCastle.Asn1.X509.X509Extension;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>One OCSP answer to sign: the status and times, and the tricks a test needs (other serial, SCTs).</summary>
public sealed record OcspAnswer
{
    /// <summary>BouncyCastle's status: null (= CertificateStatus.Good), a RevokedStatus or an UnknownStatus.</summary>
    public CertificateStatus? Status { get; init; }

    public DateTimeOffset ThisUpdate { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-1);

    public DateTimeOffset? NextUpdate { get; init; } = DateTimeOffset.UtcNow.AddDays(1);

    public DateTimeOffset ProducedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Answer about this serial instead of the certificate's (a CertID that does not match).</summary>
    public BigInteger? OtherSerial { get; init; }

    /// <summary>Name the certificate with a SHA-256 CertID instead of RFC 5019's SHA-1.</summary>
    public bool Sha256CertId { get; init; }

    /// <summary>A TLS-encoded SignedCertificateTimestampList to put in the SingleResponse's SCT extension.</summary>
    public byte[]? SctList { get; init; }

    public static OcspAnswer Good() => new();

    public static OcspAnswer Revoked(DateTimeOffset when, int reason) =>
        new() { Status = new RevokedStatus(when.UtcDateTime, reason) };

    public static OcspAnswer Unknown() => new() { Status = new UnknownStatus() };
}

// Signing OCSP responses and CRLs with BouncyCastle's generators.
public sealed partial class RevocationPki
{
    private const string SctOcspExtensionOid = "1.3.6.1.4.1.11129.2.4.5";

    /// <summary>
    /// A DER OCSP response about <paramref name="leaf"/>, signed by the CA, or by <paramref name="signer"/> (a
    /// certificate with its private key) which is then included in the response's certs.
    /// </summary>
    public byte[] SignOcsp(X509Certificate2 leaf, OcspAnswer answer, X509Certificate2? signer = null)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(answer);
        var serial = answer.OtherSerial ?? new BigInteger(1, leaf.SerialNumberBytes.ToArray());
        var id = answer.Sha256CertId
            ? new CertificateID(new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256), CaBouncyCastle, serial)
            : new CertificateID(CertificateID.DigestSha1, CaBouncyCastle, serial);
        var signerBc = signer is null ? CaBouncyCastle : new Org.BouncyCastle.X509.X509Certificate(signer.RawData);
        var generator = new BasicOcspRespGenerator(new RespID(signerBc.SubjectDN));
        X509Extensions? singleExtensions = null;
        if (answer.SctList is { } sct)
        {
            // RFC 6962 §3.3: extnValue holds an OCTET STRING that holds the TLS-encoded list.
            singleExtensions = new X509Extensions(new Dictionary<DerObjectIdentifier, BcExtension>
            {
                [new DerObjectIdentifier(SctOcspExtensionOid)] = new(false, new DerOctetString(new DerOctetString(sct).GetEncoded())),
            });
        }

        generator.AddResponse(id, answer.Status, answer.ThisUpdate.UtcDateTime, answer.NextUpdate?.UtcDateTime, singleExtensions);
        var (algorithm, key) = signer is null ? ("SHA256WITHRSA", CaPrivateKey) : SigningKey(signer);
        var chain = signer is null ? null : new[] { signerBc };
        var basic = generator.Generate(new Asn1SignatureFactory(algorithm, key), chain, answer.ProducedAt.UtcDateTime);
        return new OCSPRespGenerator().Generate(OCSPRespGenerator.Successful, basic).GetEncoded();
    }

    /// <summary>An unsigned error response: OCSPRespGenerator.TryLater, Unauthorized …</summary>
    public static byte[] OcspError(int status) => new OCSPRespGenerator().Generate(status, null).GetEncoded();

    /// <summary>A DER CRL signed by the CA listing <paramref name="revoked"/> (certificate, date, CRLReason code).</summary>
    public byte[] SignCrl(
        IEnumerable<(X509Certificate2 Certificate, DateTimeOffset When, int Reason)> revoked,
        DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, long crlNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(revoked);
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(CaBouncyCastle.SubjectDN);
        generator.SetThisUpdate(thisUpdate.UtcDateTime);
        if (nextUpdate is { } next)
        {
            generator.SetNextUpdate(next.UtcDateTime);
        }

        foreach (var (certificate, when, reason) in revoked)
        {
            generator.AddCrlEntry(new BigInteger(1, certificate.SerialNumberBytes.ToArray()), when.UtcDateTime, reason);
        }

        generator.AddExtension(X509Extensions.CrlNumber, false, DerInteger.ValueOf(crlNumber));
        return generator.Generate(new Asn1SignatureFactory("SHA256WITHRSA", CaPrivateKey)).GetEncoded();
    }

    private static (string Algorithm, AsymmetricKeyParameter Key) SigningKey(X509Certificate2 signer)
    {
        if (signer.GetECDsaPrivateKey() is { } ec)
        {
            using (ec)
            {
                return ("SHA256WITHECDSA", DotNetUtilities.GetECDsaKeyPair(ec).Private);
            }
        }

        using var rsa = signer.GetRSAPrivateKey() ?? throw new ArgumentException("the signer has no private key", nameof(signer));
        return ("SHA256WITHRSA", DotNetUtilities.GetRsaKeyPair(rsa).Private);
    }
}
