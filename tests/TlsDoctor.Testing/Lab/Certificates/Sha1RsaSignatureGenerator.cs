using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Testing.Lab.Certificates;

/// <summary>
/// Signs with sha1WithRSAEncryption, which <see cref="X509SignatureGenerator.CreateForRSA"/> refuses
/// ("SHA1" is not among its hash algorithms). Only for the test leaf that must carry a SHA-1 signature.
/// </summary>
internal sealed class Sha1RsaSignatureGenerator(RSA issuerKey) : X509SignatureGenerator
{
    // RFC 8017 Appendix C: sha1WithRSAEncryption; RFC 3279 §2.2.1: parameters MUST be NULL.
    private const string Sha1WithRsaEncryptionOid = "1.2.840.113549.1.1.5";

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(Sha1WithRsaEncryptionOid);
            writer.WriteNull();
        }

        return writer.Encode();
    }

    // The requested hash is ignored on purpose: this generator exists to sign with SHA-1.
    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) =>
#pragma warning disable CA5350 // SHA-1 is the point: the lab needs a leaf a scanner must flag.
        issuerKey.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
#pragma warning restore CA5350

    protected override PublicKey BuildPublicKey() => new(issuerKey);
}
