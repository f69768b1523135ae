using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Lab.Scripted.Crypto;
using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Lab.Scripted.Flaws;

/// <summary>
/// The server half of a TLS 1.2 full handshake with static RSA key exchange, after the scripted server's first
/// flight: it reads ClientKeyExchange, ChangeCipherSpec and Finished, checks the client's verify_data, and answers
/// NewSessionTicket, ChangeCipherSpec, Finished (RFC 5077 §3.1). The ticket is what <see cref="TicketbleedResumption"/>
/// resumes from. No I/O: records in, bytes to send out.
/// </summary>
internal sealed class TicketbleedServer
{
    private readonly ServerKeys _keys;
    private readonly List<byte> _transcript;
    private readonly HandshakeReassembler _reassembler = new();
    private readonly ServerHello _serverHello;
    private readonly byte[] _clientRandom;
    private readonly TlsVersion _version;
    private readonly SuiteCrypto _crypto;
    private byte[]? _masterSecret;
    private KeyBlock? _keyBlock;
    private RecordProtection? _clientWrite;

    private TicketbleedServer(ServerKeys keys, List<byte> transcript, ServerHello serverHello, byte[] clientRandom, SuiteCrypto crypto)
    {
        _keys = keys;
        _transcript = transcript;
        _serverHello = serverHello;
        _clientRandom = clientRandom;
        _version = (TlsVersion)serverHello.NegotiatedVersion;
        _crypto = crypto;
    }

    /// <summary>
    /// Starts from the client's hello bytes and the server's first flight (records as sent); null when the flight is
    /// one this emulation cannot finish (not static RSA, or a suite our record layer lacks).
    /// </summary>
    public static TicketbleedServer? Start(ServerKeys keys, byte[] clientHelloMessage, byte[] firstFlightRecords)
    {
        var transcript = new List<byte>(clientHelloMessage);
        var messages = new HandshakeReassembler();
        ServerHello? serverHello = null;
        var offset = 0;
        while (TlsRecord.TryParse(firstFlightRecords.AsSpan(offset)) is { IsDone: true } record)
        {
            offset += record.Consumed;
            foreach (var message in messages.Add(record.Value!.Fragment).Value ?? [])
            {
                transcript.AddRange(message.Encode());
                serverHello ??= message.Type == HandshakeType.ServerHello ? ServerHello.ParseBody(message.Body).Value : null;
            }
        }

        var crypto = serverHello is null ? null : SuiteCrypto.For(serverHello.CipherSuite);
        if (crypto is null || crypto.Suite.KeyExchange != KeyExchange.Rsa || keys.Leaf?.GetRSAPrivateKey() is null)
        {
            return null;
        }

        var clientRandom = ClientHello.TryParse(clientHelloMessage).Value!.Random;
        return new TicketbleedServer(keys, transcript, serverHello!, clientRandom, crypto);
    }

    /// <summary>Takes one client record; returns what to send (possibly nothing) and whether the connection goes on.</summary>
    public (byte[] Send, bool GoOn) OnRecord(TlsRecord record)
    {
        switch (record.Type)
        {
            case ContentType.ChangeCipherSpec when _keyBlock is not null && _clientWrite is null:
                _clientWrite = RecordProtection.Client(_version, _crypto, _keyBlock);
                return ([], true);
            case ContentType.Handshake when _clientWrite is null:
                foreach (var message in _reassembler.Add(record.Fragment).Value ?? [])
                {
                    if (message.Type == HandshakeType.ClientKeyExchange)
                    {
                        _transcript.AddRange(message.Encode());
                        DeriveKeys(message.Body);
                    }
                    else
                    {
                        _transcript.AddRange(message.Encode());
                    }
                }

                return ([], true);
            case ContentType.Handshake:
                return OnFinished(record);
            default:
                return ([], true); // application data, alerts after the handshake: not this flaw's business
        }
    }

    private void DeriveKeys(byte[] body)
    {
        // RFC 5246 §7.4.7.1: EncryptedPreMasterSecret is opaque <0..2^16-1>; a bad one gets a random secret (§7.4.7.1's
        // Bleichenbacher countermeasure), and the Finished check then fails.
        using var rsa = _keys.Leaf!.GetRSAPrivateKey()!;
        byte[] preMaster;
        try
        {
            var length = body.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(body) : -1;
            preMaster = length == body.Length - 2
                ? rsa.Decrypt(body[2..], RSAEncryptionPadding.Pkcs1)
                : RandomNumberGenerator.GetBytes(ClientKeyExchange.RsaPreMasterSecretLength);
        }
        catch (CryptographicException)
        {
            preMaster = RandomNumberGenerator.GetBytes(ClientKeyExchange.RsaPreMasterSecretLength);
        }

        _masterSecret = _serverHello.Has(ExtensionType.ExtendedMasterSecret)
            ? Prf.ExtendedMasterSecret(_version, _crypto.PrfHash, preMaster, Prf.TranscriptHash(_version, _crypto.PrfHash, [.. _transcript]))
            : Prf.MasterSecret(_version, _crypto.PrfHash, preMaster, _clientRandom, _serverHello.Random);
        _keyBlock = KeyBlock.Derive(_version, _crypto, _masterSecret, _clientRandom, _serverHello.Random);
    }

    private (byte[] Send, bool GoOn) OnFinished(TlsRecord record)
    {
        var version = (ushort)_version;
        var opened = _clientWrite!.Open(record);
        var expected = Prf.VerifyData(_version, _crypto.PrfHash, _masterSecret!, client: true, Prf.TranscriptHash(_version, _crypto.PrfHash, [.. _transcript]));
        if (opened is null || HandshakeMessage.TryParse(opened) is not { IsDone: true } finished
            || finished.Value!.Type != HandshakeType.Finished || !CryptographicOperations.FixedTimeEquals(finished.Value.Body, expected))
        {
            return (new Alert(AlertLevel.Fatal, AlertDescription.DecryptError).Encode(version), false);
        }

        _transcript.AddRange(opened);
        var ticket = new NewSessionTicket(TicketLifetimeSeconds, TicketbleedResumption.Ticket(_version, _crypto.Suite, _serverHello.Has(ExtensionType.ExtendedMasterSecret), _masterSecret!)).Encode();
        _transcript.AddRange(ticket);
        var serverFinished = new HandshakeMessage(HandshakeType.Finished,
            Prf.VerifyData(_version, _crypto.PrfHash, _masterSecret!, client: false, Prf.TranscriptHash(_version, _crypto.PrfHash, [.. _transcript]))).Encode();
        using var serverWrite = RecordProtection.Server(_version, _crypto, _keyBlock!);
        byte[] reply =
        [
            .. TlsRecord.Encode(ContentType.Handshake, version, ticket),
            .. TlsRecord.Encode(ContentType.ChangeCipherSpec, version, [1]),
            .. serverWrite.Seal(ContentType.Handshake, serverFinished),
        ];
        return (reply, true);
    }

    /// <summary>ticket_lifetime_hint: an hour, a common server default.</summary>
    private const uint TicketLifetimeSeconds = 3600;
}
