using System.Formats.Asn1;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace TlsDoctor.Testing.Lab.Certificates;

/// <summary>PKCS#3 "DH PARAMETERS" PEM files for the DHE targets.</summary>
internal static class DhParameterFiles
{
    // RFC 7919 Appendix A.1, ffdhe2048: p = 2^2048 - 2^1984 + {[2^1918 * e] + 560316} * 2^64 - 1, g = 2.
    private const string Ffdhe2048PrimeHex =
        "FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1" +
        "D8B9C583CE2D3695A9E13641146433FBCC939DCE249B3EF9" +
        "7D2FE363630C75D8F681B202AEC4617AD3DF1ED5D5FD6561" +
        "2433F51F5F066ED0856365553DED1AF3B557135E7F57C935" +
        "984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE735" +
        "30ACCA4F483A797ABC0AB182B324FB61D108A94BB2C8E3FB" +
        "B96ADAB760D7F4681D4F42A3DE394DF4AE56EDE76372BB19" +
        "0B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F61" +
        "9172FE9CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD73" +
        "3BB5FCBC2EC22005C58EF1837D1683B2C6F34A26C1B2EFFA" +
        "886B423861285C97FFFFFFFFFFFFFFFF";

    // A TEST-ONLY WEAK GROUP: a 1024-bit safe prime made once with `openssl dhparam 1024` (OpenSSL 3.0.19)
    // and committed, so that the DHE-1024 target starts without generating primes. Never use it elsewhere.
    public const string Dh1024Pem =
        """
        -----BEGIN DH PARAMETERS-----
        MIGHAoGBAMc8UJt7ipVNV69luM+BRIt9wFok1rl76L9w9IpiOusGiBjWP4DIS6DX
        DC2wJ3/tAGGl9x8uOqBC7njAqTjpPUpm2UVYKehR+0KpTa4IMqp7EeBvbJMP4XNN
        6SXBjaY82CzG1CFG00T2ll2XErcezumeGZKgZk6mjGesKcwnl3yHAgEC
        -----END DH PARAMETERS-----

        """;

    /// <summary>The RFC 7919 ffdhe2048 group as PKCS#3 parameters.</summary>
    public static string Ffdhe2048Pem()
    {
        // PKCS #3 §9: DHParameter ::= SEQUENCE { prime INTEGER, base INTEGER, privateValueLength INTEGER OPTIONAL }
        var prime = BigInteger.Parse("0" + Ffdhe2048PrimeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(prime);
            writer.WriteInteger(2);
        }

        return PemEncoding.WriteString("DH PARAMETERS", writer.Encode()) + "\n";
    }
}
