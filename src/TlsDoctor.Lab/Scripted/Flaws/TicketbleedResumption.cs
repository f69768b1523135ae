using System.Buffers.Binary;
using System.Text;
using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Lab.Scripted.Flaws;

/// <summary>
/// CVE-2016-9244 as F5 BIG-IP showed it on the wire: a hello that resumes with one of our tickets gets an abbreviated
/// handshake (RFC 5077 §3.1: ServerHello, ChangeCipherSpec, Finished) whose ServerHello session id is 32 bytes
/// whatever length the client sent; ours pads the client's id with "memory" where F5 copied uninitialised memory.
/// The ticket is this emulation's own plain format (a lab server keeps no secrets): magic, version, suite, the
/// extended-master-secret flag and the master secret.
/// </summary>
internal static class TicketbleedResumption
{
    private const int SessionIdLength = 32;

    private static ReadOnlySpan<byte> Magic => "TlsDoctorTicket1"u8;

    private static readonly byte[] Memory = Encoding.ASCII.GetBytes("memory");

    /// <summary>A ticket holding what resumption needs.</summary>
    public static byte[] Ticket(TlsVersion version, CipherSuite suite, bool extendedMasterSecret, byte[] masterSecret)
    {
        var ticket = new byte[Magic.Length + 2 + 2 + 1 + masterSecret.Length];
        Magic.CopyTo(ticket);
        BinaryPrimitives.WriteUInt16BigEndian(ticket.AsSpan(Magic.Length), (ushort)version);
        BinaryPrimitives.WriteUInt16BigEndian(ticket.AsSpan(Magic.Length + 2), (ushort)suite.Code);
        ticket[Magic.Length + 4] = extendedMasterSecret ? (byte)1 : (byte)0;
        masterSecret.CopyTo(ticket, Magic.Length + 5);
        return ticket;
    }

    /// <summary>The abbreviated handshake for a hello carrying one of our tickets; null for any other hello.</summary>
    public static byte[]? Answer(ClientHello hello, byte[] clientHelloMessage, byte[] serverRandom)
    {
        if (hello.Find(ExtensionType.SessionTicket) is not { } extension || extension.Data.Length != Magic.Length + 5 + Prf.MasterSecretLength
            || !extension.Data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var data = extension.Data;
        var version = (TlsVersion)BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Magic.Length));
        var suiteCode = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Magic.Length + 2));
        var extendedMasterSecret = data[Magic.Length + 4] == 1;
        var masterSecret = data[(Magic.Length + 5)..];
        if (SuiteCrypto.For(suiteCode) is not { } crypto || !hello.Offers(suiteCode) || hello.LegacyVersion < (ushort)version)
        {
            return null;
        }

        List<Extension> extensions = [];
        if (hello.Has(ExtensionType.RenegotiationInfo))
        {
            extensions.Add(new Extension((ushort)ExtensionType.RenegotiationInfo, [0]));
        }

        if (extendedMasterSecret && hello.Has(ExtensionType.ExtendedMasterSecret))
        {
            extensions.Add(new Extension((ushort)ExtensionType.ExtendedMasterSecret, []));
        }

        var serverHello = ServerHelloWriter.Write((ushort)version, serverRandom, LeakySessionId(hello.SessionId), suiteCode, 0, extensions);
        var finished = new HandshakeMessage(HandshakeType.Finished, Prf.VerifyData(version, crypto.PrfHash, masterSecret, client: false,
            Prf.TranscriptHash(version, crypto.PrfHash, [.. clientHelloMessage, .. serverHello]))).Encode();
        using var serverWrite = RecordProtection.Server(version, crypto, KeyBlock.Derive(version, crypto, masterSecret, hello.Random, serverRandom));
        return
        [
            .. TlsRecord.Encode(ContentType.Handshake, (ushort)version, serverHello),
            .. TlsRecord.Encode(ContentType.ChangeCipherSpec, (ushort)version, [1]),
            .. serverWrite.Seal(ContentType.Handshake, finished),
        ];
    }

    /// <summary>The flaw: the client's id, then "memory" to 32 bytes, where F5 sent what followed it in memory.</summary>
    private static byte[] LeakySessionId(byte[] clientId)
    {
        var id = new byte[SessionIdLength];
        clientId.AsSpan(0, Math.Min(clientId.Length, SessionIdLength)).CopyTo(id);
        for (var i = clientId.Length; i < SessionIdLength; i++)
        {
            id[i] = Memory[(i - clientId.Length) % Memory.Length];
        }

        return id;
    }
}
