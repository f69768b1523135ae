using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.CertificateChain;

/// <summary>
/// One chain exactly as the server sent it (leaf first, DER bytes), for one certificate type, with or without SNI.
/// Analysis of the chain is done elsewhere; capture is all this is.
/// </summary>
/// <param name="CertificateType">"RSA", "ECDSA", "DSA", "EdDSA", …: the key type the offer asked for.</param>
/// <param name="ServerName">SNI sent, or null when the hello had none.</param>
/// <param name="Version">Protocol of the handshake that carried it (TLS 1.3 chains are read by decrypting the server's flight).</param>
public sealed record CapturedChain(string CertificateType, string? ServerName, TlsVersion Version, IReadOnlyList<byte[]> Certificates)
{
    /// <summary>A stapled OCSP response, if the server sent one with this chain.</summary>
    public byte[]? OcspResponse { get; init; }

    /// <summary>What is wrong with this chain for the host asked for, with evidence and fixes (null: not analysed).</summary>
    public Certificates.ChainAnalysis? Analysis { get; init; }
}

/// <summary>All chains captured: one per certificate type the server has, with and without SNI.</summary>
public sealed record CertificateChainResult(IReadOnlyList<CapturedChain> Chains);
