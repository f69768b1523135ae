using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>
/// Signs with md5WithRSAEncryption, which <see cref="X509SignatureGenerator.CreateForRSA"/> refuses. Only for the
/// test certificate that must carry an MD5 signature.
/// </summary>
internal sealed class Md5RsaSignatureGenerator(RSA issuerKey) : X509SignatureGenerator
{
    // RFC 8017 Appendix C: md5WithRSAEncryption; RFC 3279 §2.2.1: parameters MUST be NULL.
    private const string Md5WithRsaEncryptionOid = "1.2.840.113549.1.1.4";

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(Md5WithRsaEncryptionOid);
            writer.WriteNull();
        }

        return writer.Encode();
    }

    // The requested hash is ignored on purpose: this generator exists to sign with MD5.
    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) =>
#pragma warning disable CA5351 // MD5 is the point: the test needs a certificate the analysis must flag.
        issuerKey.SignData(data, HashAlgorithmName.MD5, RSASignaturePadding.Pkcs1);
#pragma warning restore CA5351

    protected override PublicKey BuildPublicKey() => new(issuerKey);
}
