using TlsDoctor.Tls.Records;

namespace TlsDoctor.Tls.Handshake;

/// <summary>SSLv2 message codes (draft-hickman-netscape-ssl-00, "Protocol Messages").</summary>
public enum SslV2MessageType : byte
{
    Error = 0,
    ClientHello = 1,
    ClientMasterKey = 2,
    ClientFinished = 3,
    ServerHello = 4,
    ServerVerify = 5,
    ServerFinished = 6,
}

/// <summary>An SSLv2 SERVER-HELLO: the server's certificate and the cipher specs it accepts from our list.</summary>
public sealed record SslV2ServerHello(
    bool SessionIdHit,
    byte CertificateType,
    ushort Version,
    byte[] Certificate,
    IReadOnlyList<uint> CipherSpecs,
    byte[] ConnectionId)
{
    // draft-hickman-netscape-ssl-00:
    //   char MSG-SERVER-HELLO              1
    //   char SESSION-ID-HIT                1
    //   char CERTIFICATE-TYPE              1
    //   char SERVER-VERSION-MSB/LSB        2
    //   char CERTIFICATE-LENGTH-MSB/LSB    2
    //   char CIPHER-SPECS-LENGTH-MSB/LSB   2
    //   char CONNECTION-ID-LENGTH-MSB/LSB  2
    //   char CERTIFICATE-DATA[...], CIPHER-SPECS-DATA[...], CONNECTION-ID-DATA[...]
    public const int FixedLength = 1 + 1 + 1 + 2 + 2 + 2 + 2;
    public const int CipherSpecLength = 3;

    /// <summary>Parses a SERVER-HELLO from its SSLv2 record (header included).</summary>
    public static ParseResult<SslV2ServerHello> TryParse(ReadOnlySpan<byte> data)
    {
        // A TLS record starts with a content type of 20–24, which as an SSLv2 long header would be a
        // length of at most 0x18xx: tell the two apart before trusting the framing.
        if (data.Length >= 1 && (data[0] & 0x80) == 0)
        {
            return ParseResult<SslV2ServerHello>.Malformed("not an SSLv2 two-byte record header");
        }

        var record = SslV2Record.TryParse(data);
        if (!record.IsDone)
        {
            return record.Cast<SslV2ServerHello>();
        }

        var m = new WireReader(record.Value!.Message);
        if (!m.TryReadUInt8(out var type))
        {
            return ParseResult<SslV2ServerHello>.Malformed("empty SSLv2 message");
        }

        if (type != (byte)SslV2MessageType.ServerHello)
        {
            return ParseResult<SslV2ServerHello>.Malformed($"SSLv2 message type {type} is not SERVER-HELLO");
        }

        if (!m.TryReadUInt8(out var hit) || !m.TryReadUInt8(out var certType) || !m.TryReadUInt16(out var version)
            || !m.TryReadUInt16(out var certLength) || !m.TryReadUInt16(out var specsLength) || !m.TryReadUInt16(out var idLength))
        {
            return ParseResult<SslV2ServerHello>.Malformed("SSLv2 SERVER-HELLO shorter than its fixed fields");
        }

        if (specsLength % CipherSpecLength != 0)
        {
            return ParseResult<SslV2ServerHello>.Malformed($"cipher specs length {specsLength} is not a multiple of 3");
        }

        if (!m.TryReadBytes(certLength, out var cert) || !m.TryReadBytes(specsLength, out var specs) || !m.TryReadBytes(idLength, out var id))
        {
            return ParseResult<SslV2ServerHello>.Malformed("SSLv2 SERVER-HELLO fields overrun the record");
        }

        var list = new List<uint>(specsLength / CipherSpecLength);
        for (var i = 0; i < specs.Length; i += CipherSpecLength)
        {
            list.Add((uint)((specs[i] << 16) | (specs[i + 1] << 8) | specs[i + 2]));
        }

        return ParseResult<SslV2ServerHello>.Ok(
            new SslV2ServerHello(hit != 0, certType, version, cert.ToArray(), list, id.ToArray()), record.Consumed);
    }
}

/// <summary>An SSLv2 CLIENT-HELLO as received: the version, the cipher specs offered, the session id and the challenge.</summary>
public sealed record SslV2ClientHelloFields(ushort Version, IReadOnlyList<uint> CipherSpecs, byte[] SessionId, byte[] Challenge);

/// <summary>Writes and reads an SSLv2 CLIENT-HELLO.</summary>
public static class SslV2ClientHello
{
    // draft-hickman-netscape-ssl-00:
    //   char MSG-CLIENT-HELLO                1
    //   char CLIENT-VERSION-MSB/LSB          2   (0x0002)
    //   char CIPHER-SPECS-LENGTH-MSB/LSB     2
    //   char SESSION-ID-LENGTH-MSB/LSB       2
    //   char CHALLENGE-LENGTH-MSB/LSB        2   (16..32)
    //   char CIPHER-SPECS-DATA[], SESSION-ID-DATA[], CHALLENGE-DATA[]
    public const int ChallengeLength = 16;

    /// <summary>"The CHALLENGE-LENGTH must be greater than or equal to 16 and less than or equal to 32 bytes."</summary>
    public const int MinChallengeLength = 16;
    public const int MaxChallengeLength = 32;

    /// <summary>A session id, when present, is 16 bytes ("SESSION-ID-LENGTH ... either zero or 16").</summary>
    public const int SessionIdLength = 16;

    /// <summary>MSG-CLIENT-HELLO, CLIENT-VERSION, CIPHER-SPECS-LENGTH, SESSION-ID-LENGTH, CHALLENGE-LENGTH.</summary>
    public const int FixedLength = 1 + 2 + 2 + 2 + 2;

    public static byte[] Build(IReadOnlyList<uint> cipherSpecs, ReadOnlySpan<byte> challenge)
    {
        var w = new WireWriter(64 + cipherSpecs.Count * SslV2ServerHello.CipherSpecLength);
        w.WriteUInt8((byte)SslV2MessageType.ClientHello);                     // MSG-CLIENT-HELLO
        w.WriteUInt16(0x0002);                                                // CLIENT-VERSION
        w.WriteUInt16((ushort)(cipherSpecs.Count * SslV2ServerHello.CipherSpecLength)); // CIPHER-SPECS-LENGTH
        w.WriteUInt16(0);                                                     // SESSION-ID-LENGTH
        w.WriteUInt16((ushort)challenge.Length);                              // CHALLENGE-LENGTH
        foreach (var spec in cipherSpecs)
        {
            w.WriteUInt24((int)spec);                                         // CIPHER-SPECS-DATA
        }

        w.WriteBytes(challenge);                                              // CHALLENGE-DATA
        return SslV2Record.Encode(w.Written);
    }

    /// <summary>
    /// Parses a CLIENT-HELLO from its SSLv2 record (header included). Only the two-byte header is accepted: a
    /// three-byte header would be indistinguishable from the start of a TLS record.
    /// </summary>
    public static ParseResult<SslV2ClientHelloFields> TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 1 && (data[0] & 0x80) == 0)
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed("not an SSLv2 two-byte record header");
        }

        var record = SslV2Record.TryParse(data);
        if (!record.IsDone)
        {
            return record.Cast<SslV2ClientHelloFields>();
        }

        var m = new WireReader(record.Value!.Message);
        if (!m.TryReadUInt8(out var type) || type != (byte)SslV2MessageType.ClientHello)
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed("SSLv2 message is not CLIENT-HELLO");
        }

        if (!m.TryReadUInt16(out var version) || !m.TryReadUInt16(out var specsLength)
            || !m.TryReadUInt16(out var sessionIdLength) || !m.TryReadUInt16(out var challengeLength))
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed("SSLv2 CLIENT-HELLO shorter than its fixed fields");
        }

        if (specsLength == 0 || specsLength % SslV2ServerHello.CipherSpecLength != 0)
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed($"cipher specs length {specsLength} is not a positive multiple of 3");
        }

        if (sessionIdLength is not (0 or SessionIdLength) || challengeLength is < MinChallengeLength or > MaxChallengeLength)
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed(
                $"session id length {sessionIdLength} (0 or 16) or challenge length {challengeLength} (16 to 32) out of range");
        }

        if (!m.TryReadBytes(specsLength, out var specs) || !m.TryReadBytes(sessionIdLength, out var sessionId)
            || !m.TryReadBytes(challengeLength, out var challenge) || !m.IsEmpty)
        {
            return ParseResult<SslV2ClientHelloFields>.Malformed("SSLv2 CLIENT-HELLO fields do not fill the record exactly");
        }

        var list = new List<uint>(specsLength / SslV2ServerHello.CipherSpecLength);
        for (var i = 0; i < specs.Length; i += SslV2ServerHello.CipherSpecLength)
        {
            list.Add((uint)((specs[i] << 16) | (specs[i + 1] << 8) | specs[i + 2]));
        }

        return ParseResult<SslV2ClientHelloFields>.Ok(
            new SslV2ClientHelloFields(version, list, sessionId.ToArray(), challenge.ToArray()), record.Consumed);
    }
}
