namespace TlsDoctor.Testing.Lab.Certificates;

/// <summary>One generated server certificate: its PEM files on disk.</summary>
/// <param name="Name">File stem, e.g. "rsa" for rsa.pem / rsa.key / rsa-chain.pem.</param>
/// <param name="CertificatePath">The leaf alone (PEM).</param>
/// <param name="KeyPath">The leaf's private key, unencrypted PKCS#8 PEM.</param>
/// <param name="ChainPath">Leaf followed by the intermediate; the leaf alone for a self-signed leaf.</param>
public sealed record LabLeaf(string Name, string CertificatePath, string KeyPath, string ChainPath);
