using System.Security.Cryptography;
using TlsDoctor.Tls.Tls13;

namespace TlsDoctor.Tls.Tests.Tls13;

/// <summary>
/// The TLS 1.3 key schedule (RFC 8446 §7.1 HKDF-Expand-Label and Derive-Secret, §7.3 traffic keys) checked
/// step by step against RFC 8448 §3 "Simple 1-RTT Handshake".
/// </summary>
public class KeyScheduleTests
{
    private static readonly HashAlgorithmName Sha256 = HashAlgorithmName.SHA256;

    [Fact]
    public void Hash_ClientHelloAndServerHello_IsTheTraceTranscriptHash() =>
        Assert.Equal(Rfc8448.HelloHash, KeySchedule.Hash(Sha256, [.. Rfc8448.ClientHello, .. Rfc8448.ServerHello]));

    [Fact]
    public void DeriveSecret_DerivedFromEarlySecret_MatchesTrace() =>
        Assert.Equal(Rfc8448.DerivedForHandshake, KeySchedule.DeriveSecret(Sha256, Rfc8448.EarlySecret, "derived", SHA256.HashData([])));

    [Fact]
    public void DeriveSecret_ClientHandshakeTraffic_MatchesTrace() =>
        Assert.Equal(Rfc8448.ClientHandshakeTrafficSecret, KeySchedule.DeriveSecret(Sha256, Rfc8448.HandshakeSecret, "c hs traffic", Rfc8448.HelloHash));

    [Fact]
    public void DeriveSecret_ServerHandshakeTraffic_MatchesTrace() =>
        Assert.Equal(Rfc8448.ServerHandshakeTrafficSecret, KeySchedule.DeriveSecret(Sha256, Rfc8448.HandshakeSecret, "s hs traffic", Rfc8448.HelloHash));

    [Fact]
    public void ServerHandshakeTrafficSecret_FromSharedSecretAndHelloHash_MatchesTrace() =>
        Assert.Equal(
            Rfc8448.ServerHandshakeTrafficSecret,
            KeySchedule.ServerHandshakeTrafficSecret(Sha256, Rfc8448.SharedSecret, Rfc8448.HelloHash));

    [Fact]
    public void ExpandLabel_Key_MatchesTrace() =>
        Assert.Equal(Rfc8448.ServerHandshakeKey, KeySchedule.ExpandLabel(Sha256, Rfc8448.ServerHandshakeTrafficSecret, "key", [], 16));

    [Fact]
    public void ExpandLabel_Iv_MatchesTrace() =>
        Assert.Equal(Rfc8448.ServerHandshakeIv, KeySchedule.ExpandLabel(Sha256, Rfc8448.ServerHandshakeTrafficSecret, "iv", [], 12));

    [Fact]
    public void ExpandLabel_Finished_MatchesTrace() =>
        Assert.Equal(Rfc8448.ServerFinishedKey, KeySchedule.ExpandLabel(Sha256, Rfc8448.ServerHandshakeTrafficSecret, "finished", [], 32));

    [Fact]
    public void EarlySecret_NoPsk_IsWhatTheScheduleStartsFrom()
    {
        // Not our code, but it pins the schedule's first step to the trace: HKDF-Extract(salt 0, IKM 0).
        var zeros = new byte[32];

        Assert.Equal(Rfc8448.EarlySecret, HKDF.Extract(Sha256, zeros, zeros));
    }

    [Theory]
    [InlineData((ushort)0x1301, "SHA256", 32)]
    [InlineData((ushort)0x1302, "SHA384", 48)]
    [InlineData((ushort)0x1303, "SHA256", 32)]
    [InlineData((ushort)0x1304, "SHA256", 32)]
    [InlineData((ushort)0x1305, "SHA256", 32)]
    public void HashFor_Tls13Suite_IsItsHkdfHash(ushort suite, string hash, int length)
    {
        var name = KeySchedule.HashFor(suite);

        Assert.Equal(hash, name.Name);
        Assert.Equal(length, KeySchedule.HashLength(name));
        Assert.Equal(length, KeySchedule.Hash(name, []).Length);
    }
}
