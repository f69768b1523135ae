using System.Numerics;
using System.Security.Cryptography;

namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>
/// Builds the premaster-secret plaintexts of <see cref="RobotVector"/> and encrypts them with textbook RSA, so the
/// malformed ones reach the server exactly as built (a library encryptor would pad them correctly).
/// </summary>
public static class RobotPremasterSecrets
{
    // RFC 8017 §7.2.1 (RSAES-PKCS1-v1_5): EM = 0x00 || 0x02 || PS || 0x00 || M, PS nonzero and at least 8 bytes.
    // RFC 5246 §7.4.7.1: M = PreMasterSecret { ProtocolVersion client_version; opaque random[46]; }.
    public const int BlockTypeLength = 2;
    public const int SeparatorLength = 1;
    public const int VersionLength = 2;
    public const int RandomLength = 46;
    public const int PremasterSecretLength = VersionLength + RandomLength;
    public const int MinPaddingLength = 8;

    /// <summary>Shortest modulus (bytes) that leaves room for the PKCS#1 minimum padding around a 48-byte secret.</summary>
    public const int MinModulusLength = BlockTypeLength + MinPaddingLength + SeparatorLength + PremasterSecretLength;

    /// <summary>A nonzero byte that stands where a 00 would make the message conformant (robot-detect uses 0x11 too).</summary>
    private const byte NonZeroFiller = 0x11;

    private static readonly byte[] Pkcs1BlockType = [0x00, 0x02];
    private static readonly byte[] WrongBlockType = [0x41, 0x17];

    /// <summary>Version bytes the paper uses for "wrong version": SSL 2.0-like 02 02, which no client of ours offers.</summary>
    private static readonly byte[] WrongVersionBytes = [0x02, 0x02];

    /// <summary>
    /// The plaintext for <paramref name="vector"/>, <paramref name="modulusLength"/> bytes long, with
    /// <paramref name="clientVersion"/> as the hello's client_version. Padding and random bytes are nonzero and come
    /// from <paramref name="random"/>, so a zero appears only where the vector puts one.
    /// </summary>
    public static byte[] Plaintext(RobotVector vector, int modulusLength, ushort clientVersion, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (modulusLength < MinModulusLength)
        {
            throw new ArgumentOutOfRangeException(nameof(modulusLength), modulusLength, $"an RSA modulus of fewer than {MinModulusLength} bytes cannot carry a premaster secret");
        }

        var paddingLength = modulusLength - BlockTypeLength - SeparatorLength - PremasterSecretLength;
        var padding = NonZeroBytes(paddingLength, random);
        var secretRandom = NonZeroBytes(RandomLength, random);
        byte[] version = [(byte)(clientVersion >> 8), (byte)clientVersion];
        byte[] message = vector switch
        {
            RobotVector.Correct => [.. Pkcs1BlockType, .. padding, 0x00, .. version, .. secretRandom],
            RobotVector.WrongFirstBytes => [.. WrongBlockType, .. padding, 0x00, .. version, .. secretRandom],
            // The separator moves to the second-to-last byte; the version's place holds filler: unpadded, 1 byte.
            RobotVector.ZeroInWrongPlace => [.. Pkcs1BlockType, .. padding, NonZeroFiller, .. secretRandom, 0x00, NonZeroFiller],
            RobotVector.NoZeroSeparator => [.. Pkcs1BlockType, .. padding, NonZeroFiller, NonZeroFiller, NonZeroFiller, .. secretRandom],
            RobotVector.WrongVersion => [.. Pkcs1BlockType, .. padding, 0x00, .. WrongVersionBytes, .. secretRandom],
            _ => throw new ArgumentOutOfRangeException(nameof(vector), vector, "unknown vector"),
        };
        return message;
    }

    /// <summary>
    /// Textbook RSA, c = m^e mod n (RFC 8017 §5.1.1 RSAEP), as a big-endian octet string of the modulus length
    /// (I2OSP, §4.1). A message not below n is reduced first, as the server's decryption would see it.
    /// </summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> message, RSAParameters publicKey)
    {
        var n = ToInteger(publicKey.Modulus ?? throw new ArgumentException("the key has no modulus", nameof(publicKey)));
        var e = ToInteger(publicKey.Exponent ?? throw new ArgumentException("the key has no exponent", nameof(publicKey)));
        var c = BigInteger.ModPow(ToInteger(message) % n, e, n);
        return ToOctets(c, ModulusLength(publicKey));
    }

    /// <summary>Bytes of the modulus without leading zeros: k in RFC 8017.</summary>
    public static int ModulusLength(RSAParameters publicKey) =>
        (int)((ToInteger(publicKey.Modulus ?? throw new ArgumentException("the key has no modulus", nameof(publicKey))).GetBitLength() + 7) / 8);

    internal static BigInteger ToInteger(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    internal static byte[] ToOctets(BigInteger value, int length)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var octets = new byte[length];
        bytes.CopyTo(octets.AsSpan(length - bytes.Length));
        return octets;
    }

    private static byte[] NonZeroBytes(int length, Random random)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)random.Next(1, 256);
        }

        return bytes;
    }
}
