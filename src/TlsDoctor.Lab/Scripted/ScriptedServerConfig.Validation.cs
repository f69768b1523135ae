using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

public sealed partial record ScriptedServerConfig
{
    /// <summary>Curves the server can make ephemeral keys on (.NET for the NIST curves, BouncyCastle for x25519).</summary>
    public static IReadOnlyList<NamedGroup> SupportedCurves { get; } =
        [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1];

    /// <summary>Throws <see cref="ArgumentException"/> naming every setting the server cannot honour.</summary>
    public void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("scripted server config: " + string.Join("; ", problems));
        }
    }

    private IEnumerable<string> Problems()
    {
        if (!System.Net.IPAddress.IsLoopback(ListenAddress))
        {
            yield return $"listen address {ListenAddress} is not a loopback address";
        }

        if (Versions.Count == 0)
        {
            yield return "no protocol version";
        }

        foreach (var v in Versions.Where(v => v is not (TlsVersion.SSLv2 or TlsVersion.SSLv3 or TlsVersion.Tls10 or TlsVersion.Tls11 or TlsVersion.Tls12)))
        {
            yield return $"{v.Name()} is not implemented (SSLv2, SSLv3 and TLS 1.0–1.2 are)";
        }

        var leaf = Leaf;
        var rsaLeaf = leaf?.GetRSAPublicKey() is not null;
        var ecLeaf = leaf?.GetECDsaPublicKey() is not null;
        if (leaf is not null && !leaf.HasPrivateKey)
        {
            yield return "the leaf certificate has no private key";
        }

        foreach (var version in TlsVersions)
        {
            var suites = SuitesFor(version);
            if (suites.Count == 0)
            {
                yield return $"no cipher suite for {version.Name()}";
            }

            foreach (var code in suites)
            {
                if (SuiteProblem(code, version, rsaLeaf, ecLeaf) is { } problem)
                {
                    yield return problem;
                }
            }
        }

        if (Versions.Contains(TlsVersion.SSLv2))
        {
            if (SslV2CipherSpecs.Count == 0 || SslV2CipherSpecs.Any(s => CipherSuites.Find(s) is not { IsSslV2: true }))
            {
                yield return "SSLv2 needs one or more SSLv2 cipher specs, and nothing else, in SslV2CipherSpecs";
            }

            if (!rsaLeaf)
            {
                yield return "SSLv2 needs an RSA leaf certificate";
            }
        }

        if (Curves.Count == 0 && TlsVersions.SelectMany(SuitesFor).Any(c => CipherSuites.Find(c)?.KeyExchange == KeyExchange.Ecdhe))
        {
            yield return "ECDHE suites need one or more curves";
        }

        foreach (var curve in Curves.Where(c => !SupportedCurves.Contains(c)))
        {
            yield return $"curve {curve} is not supported (x25519, secp256r1, secp384r1, secp521r1 are)";
        }

        if (ReadTimeout <= TimeSpan.Zero || MaxClientBytes <= 0)
        {
            yield return "ReadTimeout and MaxClientBytes must be positive";
        }
    }

    private string? SuiteProblem(ushort code, TlsVersion version, bool rsaLeaf, bool ecLeaf)
    {
        var name = $"0x{code:x4}";
        if (CipherSuites.Find(code) is not { } suite || suite.IsSslV2 || suite.IsSignalling || suite.IsTls13)
        {
            return $"{name} is not an SSLv3–TLS 1.2 cipher suite";
        }

        name = suite.IanaName;
        if (suite.MinVersion > version)
        {
            return $"{name} needs {suite.MinVersion.Name()} but is configured for {version.Name()}";
        }

        if (suite.KeyExchange is not (KeyExchange.Rsa or KeyExchange.RsaExport or KeyExchange.Dhe or KeyExchange.Ecdhe))
        {
            return $"{name}: {suite.KeyExchange} key exchange is not implemented (RSA, RSA export, DHE and ECDHE are)";
        }

        var needsRsa = suite.Authentication == Authentication.Rsa || suite.KeyExchange is KeyExchange.Rsa or KeyExchange.RsaExport;
        return suite.Authentication switch
        {
            Authentication.Anonymous => null,
            _ when needsRsa && !rsaLeaf => $"{name} needs an RSA leaf certificate",
            Authentication.Ecdsa when !ecLeaf => $"{name} needs an ECDSA leaf certificate",
            Authentication.Rsa or Authentication.Ecdsa => null,
            _ => $"{name}: {suite.Authentication} authentication is not implemented",
        };
    }
}
