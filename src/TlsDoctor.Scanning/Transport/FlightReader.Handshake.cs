using System.Buffers.Binary;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls13;

namespace TlsDoctor.Scanning.Transport;

public sealed partial class FlightReader
{
    private void OnHandshake(ParseResult<IReadOnlyList<HandshakeMessage>> messages, bool encrypted)
    {
        if (!messages.IsDone)
        {
            Finish(new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent a malformed handshake message: {messages.Error}"));
            return;
        }

        foreach (var message in messages.Value!)
        {
            if (IsDone)
            {
                return;
            }

            if (encrypted)
            {
                OnEncryptedMessage(message);
            }
            else
            {
                OnPlainMessage(message);
            }
        }
    }

    private void OnPlainMessage(HandshakeMessage message)
    {
        if (_flight.Hello is null && message.Type != HandshakeType.ServerHello)
        {
            Finish(new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent {message.Type} before ServerHello"));
            return;
        }

        switch (message.Type)
        {
            case HandshakeType.ServerHello:
                OnServerHello(message);
                break;
            case HandshakeType.Certificate:
                var cert = CertificateMessage.ParseBody(message.Body, tls13: false);
                _flight = _flight with { Certificate = cert.Value };
                break;
            case HandshakeType.CertificateStatus:
                _flight = _flight with { CertificateStatus = CertificateStatusMessage.ParseBody(message.Body).Value };
                break;
            case HandshakeType.ServerKeyExchange:
                _flight = _flight with { KeyExchangeMessage = message };
                break;
            case HandshakeType.CertificateRequest:
                _flight = _flight with { CertificateRequestMessage = message };
                break;
            case HandshakeType.ServerHelloDone:
                Finish(null, complete: true);
                break;
        }
    }

    private void OnServerHello(HandshakeMessage message)
    {
        var parsed = ServerHello.ParseBody(message.Body);
        if (!parsed.IsDone)
        {
            Finish(new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent a malformed ServerHello: {parsed.Error}"));
            return;
        }

        var hello = parsed.Value!;
        _flight = _flight with { Hello = hello, HelloBytes = message.Encode() };
        if (depth == FlightDepth.Hello || hello.IsHelloRetryRequest)
        {
            Finish(null, complete: hello.IsHelloRetryRequest);
            return;
        }

        if (hello.NegotiatedVersion != (ushort)TlsVersion.Tls13)
        {
            return; // TLS ≤ 1.2: keep reading the plaintext flight
        }

        if (depth != FlightDepth.Decrypted || !TryStartDecryption(hello))
        {
            Finish(null);
        }
    }

    private bool TryStartDecryption(ServerHello hello)
    {
        if (hello.KeyShareGroup is not { } group || hello.KeyShareData is not { } serverShare || _clientHello is null
            || !_clientHello.KeyShares.TryGetValue(group, out var share) || !ServerFlightDecryptor.Supports(hello.CipherSuite))
        {
            return false;
        }

        var secret = share.DeriveSharedSecret(serverShare);
        if (secret is null)
        {
            return false;
        }

        _decryptor = ServerFlightDecryptor.Create(hello.CipherSuite, secret, _clientHello.Handshake, _flight.HelloBytes);
        return true;
    }

    private void OnEncryptedMessage(HandshakeMessage message)
    {
        switch (message.Type)
        {
            case HandshakeType.EncryptedExtensions:
                // RFC 8446 §4.3.1: struct { Extension extensions<0..2^16-1>; } EncryptedExtensions;
                if (message.Body.Length >= 2)
                {
                    var block = Extension.ParseBlock(message.Body.AsSpan(2));
                    _flight = _flight with { EncryptedExtensions = block.Value };
                }

                break;
            case HandshakeType.Certificate:
                _flight = _flight with { Certificate = CertificateMessage.ParseBody(message.Body, tls13: true).Value };
                break;
            case HandshakeType.CertificateRequest:
                _flight = _flight with { CertificateRequestMessage = message };
                break;
            case HandshakeType.CertificateVerify:
                // RFC 8446 §4.4.3: struct { SignatureScheme algorithm; opaque signature<0..2^16-1>; } CertificateVerify;
                if (message.Body.Length >= 2)
                {
                    _flight = _flight with { CertificateVerifyScheme = (SignatureScheme)BinaryPrimitives.ReadUInt16BigEndian(message.Body) };
                }

                break;
            case HandshakeType.Finished:
                Finish(null, complete: true);
                break;
        }
    }

    /// <summary>"handshake_failure (40)" — the IANA name and number.</summary>
    internal static string AlertText(AlertDescription description) => $"{AlertDescriptions.Name(description)} ({(byte)description})";
}
