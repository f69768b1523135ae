namespace TlsDoctor.Certificates.Details;

/// <summary>A certificate signature algorithm: its OID, the name the RFCs give it, and the hash it signs with.</summary>
/// <param name="Hash">"SHA-256", "SHA-1", "MD5"…; null when the algorithm hashes internally (EdDSA) or is unknown.</param>
public sealed record SignatureAlgorithm(string Oid, string Name, string? Hash);
