using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Lab.Certificates;
using TlsDoctor.Lab.Scripted;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>One in-memory CA and its leaves for 'localhost', shared by every scripted-server test (RSA keys are slow to make).</summary>
internal static class ScriptedChains
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly Lazy<InMemoryCa> Ca = new(() => InMemoryCa.Create("TlsDoctor Scripted Test CA", Now));
    private static readonly Lazy<X509Certificate2> RsaLeafCert = new(() => Ca.Value.Issue(LeafSpec.ValidFor("localhost", Now)));
    private static readonly Lazy<X509Certificate2> EcdsaLeafCert = new(() =>
        Ca.Value.Issue(LeafSpec.ValidFor("localhost", Now) with { Key = LeafKey.EcdsaP256 }));

    public static X509Certificate2 Root => Ca.Value.Root;

    public static X509Certificate2 RsaLeaf => RsaLeafCert.Value;

    public static X509Certificate2 EcdsaLeaf => EcdsaLeafCert.Value;

    /// <summary>A TLS 1.2 server with an RSA leaf and the default suites; tests change what they look at.</summary>
    public static ScriptedServerConfig Rsa => new() { Certificates = [RsaLeaf, Root] };

    /// <summary>As <see cref="Rsa"/> with an ECDSA P-256 leaf.</summary>
    public static ScriptedServerConfig Ecdsa => new() { Certificates = [EcdsaLeaf, Root], Suites = [0xC02B, 0xC009] };
}
