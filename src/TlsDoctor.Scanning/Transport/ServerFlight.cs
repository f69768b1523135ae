using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Transport;

/// <summary>How far into the server's answer a probe needs to read.</summary>
public enum FlightDepth : byte
{
    /// <summary>Stop at ServerHello (or HelloRetryRequest).</summary>
    Hello,
    /// <summary>Read the plaintext flight up to ServerHelloDone (TLS ≤ 1.2: Certificate, ServerKeyExchange …).</summary>
    Plaintext,
    /// <summary>As Plaintext, and for TLS 1.3 decrypt the server's flight up to Finished.</summary>
    Decrypted,
}

/// <summary>What the server sent in answer to one hello. <see cref="Error"/> is set when there was no ServerHello.</summary>
public sealed record ServerFlight
{
    public ServerHello? Hello { get; init; }

    /// <summary>The ServerHello message as sent (header included), for the TLS 1.3 transcript.</summary>
    public byte[]? HelloBytes { get; init; }

    public SslV2ServerHello? SslV2Hello { get; init; }

    public CertificateMessage? Certificate { get; init; }

    public HandshakeMessage? KeyExchangeMessage { get; init; }

    public HandshakeMessage? CertificateRequestMessage { get; init; }

    public CertificateStatusMessage? CertificateStatus { get; init; }

    /// <summary>TLS 1.3 EncryptedExtensions (decrypted), when read.</summary>
    public IReadOnlyList<Extension>? EncryptedExtensions { get; init; }

    /// <summary>TLS 1.3 CertificateVerify.algorithm (decrypted), when read.</summary>
    public SignatureScheme? CertificateVerifyScheme { get; init; }

    /// <summary>A warning alert received before the hello (e.g. unrecognized_name), kept as evidence.</summary>
    public Alert? WarningAlert { get; init; }

    public ConnectionError? Error { get; init; }

    /// <summary>True when the server's flight was read to its end (ServerHelloDone or, decrypted, Finished).</summary>
    public bool Complete { get; init; }

    public int BytesReceived { get; init; }

    public bool Succeeded => Error is null && (Hello is not null || SslV2Hello is not null);

    /// <summary>The version in the ServerHello (supported_versions honoured), or null.</summary>
    public TlsVersion? Version => SslV2Hello is not null ? TlsVersion.SSLv2 : Hello is null ? null : (TlsVersion)Hello.NegotiatedVersion;

    public bool IsAlert(AlertDescription description) => Error is { Kind: ConnectionErrorKind.Alert } e && e.Alert == description;

    /// <summary>Parses the ServerKeyExchange for the negotiated suite, or null when there was none or it did not parse.</summary>
    public ServerKeyExchange? ParseKeyExchange()
    {
        if (KeyExchangeMessage is null || Hello is null || CipherSuites.Find(Hello.CipherSuite) is not { } suite
            || ServerKeyExchange.KindFor(suite.KeyExchange) is not { } kind)
        {
            return null;
        }

        var parsed = ServerKeyExchange.ParseBody(KeyExchangeMessage.Body, kind, (TlsVersion)Hello.NegotiatedVersion, suite.IsAnonymous);
        return parsed.IsDone ? parsed.Value : null;
    }

    public static ServerFlight Failed(ConnectionError error, int bytes = 0) => new() { Error = error, BytesReceived = bytes };
}
