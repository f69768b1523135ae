using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Signatures;

/// <summary>The signature schemes a server signs its key exchange with, per protocol version, for one certificate type.</summary>
public sealed record SignatureSchemesResult(TlsVersion Version, string CertificateType, IReadOnlyList<SignatureScheme> Schemes);
