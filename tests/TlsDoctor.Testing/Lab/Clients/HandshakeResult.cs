namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>What a real client saw in one handshake with a lab target.</summary>
/// <param name="Succeeded">The handshake completed.</param>
/// <param name="Protocol">Negotiated protocol as "TLSv1.0" … "TLSv1.3", when it succeeded.</param>
/// <param name="Cipher">Negotiated suite (IANA name, or the client's own name when it has no mapping).</param>
/// <param name="DhGroupBits">Size of a finite-field DH key exchange, when there was one.</param>
/// <param name="VerifyCode">OpenSSL's X509_V_ERR code for the served chain (0 = ok), when asked to verify.</param>
/// <param name="Client">"openssl s_client" or "gnutls-cli".</param>
/// <param name="Output">The client's full output, for failure messages.</param>
public sealed record HandshakeResult(
    bool Succeeded, string? Protocol, string? Cipher, int? DhGroupBits, int? VerifyCode, string Client, string Output)
{
    public override string ToString() => Succeeded
        ? $"{Client}: {Protocol} {Cipher}" + (DhGroupBits is { } bits ? $" DH {bits}" : "") + (VerifyCode is { } v ? $" verify {v}" : "")
        : $"{Client}: handshake failed\n{Output}";
}
