using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Heartbeat;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Alerts;
using TlsDoctor.Tls.Tests.Handshake;
using TlsDoctor.Tls.Tests.Heartbeat;
using TlsDoctor.Tls.Tests.Records;
using TlsDoctor.Tls.Tests.Support;
using TlsDoctor.Tls.Tests.Tls13;
using TlsDoctor.Tls.Tls13;
using CertificateRequest = TlsDoctor.Tls.Handshake.CertificateRequest;
using ExtensionTests = TlsDoctor.Tls.Tests.Extensions.ExtensionTests;

namespace TlsDoctor.Tls.Tests.Fuzz;

/// <summary>
/// Property test over every codec parser: whatever bytes a peer sends — random, or a valid message with bits flipped,
/// cut short, a length field bumped, bytes inserted or dropped — no exception escapes, and a Done result consumes no
/// more than it was given (a ParseBody consumes exactly its body). Seeds are fixed; a failure names seed, iteration,
/// parser and input so it can be replayed.
/// </summary>
public class ParserFuzzTests
{
    private const int IterationsPerSeed = 5_000;

    private sealed record Target(string Name, byte[][] Corpus, Action<byte[], Random> Run);

    private static readonly TlsVersion[] Versions = [TlsVersion.SSLv3, TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12, TlsVersion.Tls13];

    private static readonly Lazy<Target[]> Targets = new(CreateTargets);

    [Theory]
    [InlineData(1)]
    [InlineData(20_250_101)]
    [InlineData(0x5EED)]
    [InlineData(-7)]
    public void EveryParser_MutatedAndRandomInput_NoExceptionAndConsumedWithinInput(int seed)
    {
        var rng = new Random(seed);
        var targets = Targets.Value;
        for (var iteration = 0; iteration < IterationsPerSeed; iteration++)
        {
            var target = targets[iteration % targets.Length];
            var input = Mutate(target.Corpus[rng.Next(target.Corpus.Length)], rng);
            try
            {
                target.Run(input, rng);
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}, iteration {iteration}, parser {target.Name}, input {Hex.Of(input)}:{Environment.NewLine}{ex}");
            }
        }
    }

    private static Target[] CreateTargets()
    {
        byte[][] records = [TlsRecordTests.HandshakeRecord, Rfc8448.ServerFlightRecord, new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure).Encode()];
        byte[][] v2Records = [SslV2RecordTests.ShortHeaderRecord, SslV2RecordTests.LongHeaderRecord, SslV2HelloTests.ServerHelloRecord()];
        byte[][] serverHellos = [ServerHelloTests.Tls12WithExtensions, ServerHelloTests.Tls13Rfc8448, ServerHelloTests.HelloRetryRequest, ServerHelloTests.WithDowngradeSentinel(1)];
        byte[][] certificates = [CertificateMessageTests.Tls12TwoCertificates(), CertificateMessageTests.Tls13WithContextAndEntryExtensions(), Rfc8448.Certificate];
        var keyExchanges = ServerKeyExchangeTests.Samples().Select(s => s.Message).ToArray();
        byte[][] certificateRequests = [CertificateRequestTests.Tls12WithAuthorities(), CertificateRequestTests.Tls11NoAuthorities, CertificateRequestTests.Tls13];
        byte[][] handshakes =
        [
            .. serverHellos, .. certificates, .. keyExchanges, .. certificateRequests,
            HandshakeMessageTests.CertificateStatus, HandshakeMessageTests.ServerHelloDoneMessage,
            Rfc8448.EncryptedExtensions, Rfc8448.CertificateVerify, Rfc8448.Finished, Rfc8448.ClientHello,
        ];
        byte[][] extensionBlocks = [ExtensionTests.Block, ServerHelloTests.Tls12WithExtensions[76..], ServerHelloTests.Tls13Rfc8448[44..], Rfc8448.EncryptedExtensions[6..]];

        return
        [
            new("TlsRecord", records, (b, _) => Check(TlsRecord.TryParse(b), b.Length)),
            new("SslV2Record", v2Records, (b, _) => Check(SslV2Record.TryParse(b), b.Length)),
            new("HandshakeMessage", handshakes, (b, _) => Check(HandshakeMessage.TryParse(b), b.Length)),
            new("HandshakeReassembler", handshakes, FeedReassembler),
            new("ServerHello", serverHellos, (b, _) => Touch(Check(ServerHello.TryParse(b), b.Length))),
            new("ServerHello.ParseBody", serverHellos, (b, _) => Touch(CheckBody(ServerHello.ParseBody(b), b.Length))),
            new("Certificate", certificates, (b, rng) => Check(CertificateMessage.TryParse(b, tls13: rng.Next(2) == 0), b.Length)),
            new("Certificate.ParseBody", certificates, (b, rng) => CheckBody(CertificateMessage.ParseBody(b, tls13: rng.Next(2) == 0), b.Length)),
            new("ServerKeyExchange", keyExchanges, (b, rng) => Touch(Check(ServerKeyExchange.TryParse(b, AnyKind(rng), AnyVersion(rng), rng.Next(2) == 0), b.Length))),
            new("ServerKeyExchange.ParseBody", keyExchanges, (b, rng) => Touch(CheckBody(ServerKeyExchange.ParseBody(b, AnyKind(rng), AnyVersion(rng), rng.Next(2) == 0), b.Length))),
            new("CertificateRequest", certificateRequests, (b, rng) => Check(CertificateRequest.TryParse(b, AnyVersion(rng)), b.Length)),
            new("CertificateRequest.ParseBody", certificateRequests, (b, rng) => CheckBody(CertificateRequest.ParseBody(b, AnyVersion(rng)), b.Length)),
            new("CertificateStatus", [HandshakeMessageTests.CertificateStatus], (b, _) => Check(CertificateStatusMessage.TryParse(b), b.Length)),
            new("ServerHelloDone", [HandshakeMessageTests.ServerHelloDoneMessage], (b, _) => Check(ServerHelloDone.TryParse(b), b.Length)),
            new("Alert", [AlertTests.FatalHandshakeFailure], (b, _) => Check(Alert.ParseFragment(b), b.Length)),
            new("HeartbeatMessage", [HeartbeatMessageTests.OverClaimingRequest], (b, _) => Check(HeartbeatMessage.TryParse(b), b.Length)),
            new("SslV2ServerHello", [SslV2HelloTests.ServerHelloRecord()], (b, _) => Check(SslV2ServerHello.TryParse(b), b.Length)),
            new("Extension.ParseBlock", extensionBlocks, (b, _) => CheckBody(Extension.ParseBlock(b), b.Length)),
            new("ServerFlightDecryptor", [Rfc8448.ServerFlightRecord], DecryptRecord),
            new("ServerFlightDecryptor.Sealed", [Rfc8448.EncryptedExtensions, [0x16], [0x00, 0x00], []], DecryptSealed),
        ];
    }

    private static ServerKeyExchangeKind AnyKind(Random rng) => (ServerKeyExchangeKind)rng.Next(Enum.GetValues<ServerKeyExchangeKind>().Length);

    private static TlsVersion AnyVersion(Random rng) => Versions[rng.Next(Versions.Length)];

    /// <summary>Splits the input into random fragments, as records would, and checks each Add.</summary>
    private static void FeedReassembler(byte[] input, Random rng)
    {
        var reassembler = new HandshakeReassembler();
        for (var at = 0; at < input.Length;)
        {
            var length = Math.Min(input.Length - at, 1 + rng.Next(64));
            var result = reassembler.Add(input.AsSpan(at, length));
            Check(result, length);
            if (result.Status != ParseStatus.Done)
            {
                return;
            }

            Assert.Equal(length, result.Consumed);
            at += length;
        }
    }

    /// <summary>Opens the (mutated) RFC 8448 record, with any content type and version, under the trace's keys.</summary>
    private static void DecryptRecord(byte[] input, Random rng)
    {
        using var decryptor = ServerFlightDecryptor.Create(0x1301, Rfc8448.SharedSecret, Rfc8448.ClientHello, Rfc8448.ServerHello);
        var parsed = TlsRecord.TryParse(input);
        var record = parsed.IsDone ? parsed.Value! : new TlsRecord((ContentType)rng.Next(256), (ushort)rng.Next(0x10000), input);
        Check(decryptor.Decrypt(record), record.Fragment.Length);
    }

    /// <summary>Seals the (mutated) bytes as a TLSInnerPlaintext that authenticates, so the content-type scan sees them.</summary>
    private static void DecryptSealed(byte[] input, Random rng)
    {
        var suite = (ushort)(0x1301 + rng.Next(5));
        if (!ServerFlightDecryptor.Supports(suite))
        {
            return;
        }

        var shared = new byte[32];
        using var decryptor = ServerFlightDecryptor.Create(suite, shared, Rfc8448.ClientHello, Rfc8448.ServerHello);
        var record = new ServerFlightDecryptorTests.Sealer(suite, shared).SealRaw(input);
        Check(decryptor.Decrypt(record), record.Fragment.Length);
    }

    private static T? Check<T>(ParseResult<T> result, int inputLength)
    {
        switch (result.Status)
        {
            case ParseStatus.Done:
                Assert.NotNull(result.Value);
                Assert.InRange(result.Consumed, 0, inputLength);
                return result.Value;
            case ParseStatus.NeedMoreData:
                Assert.Equal(0, result.Consumed);
                return default;
            case ParseStatus.Invalid:
                Assert.False(string.IsNullOrWhiteSpace(result.Error), "Invalid without a reason");
                return default;
            default:
                Assert.Fail($"status {result.Status}");
                return default;
        }
    }

    /// <summary>A body's length is fixed by its header: a body parser is never "truncated" and consumes all of it.</summary>
    private static T? CheckBody<T>(ParseResult<T> result, int bodyLength)
    {
        Assert.NotEqual(ParseStatus.NeedMoreData, result.Status);
        if (result.Status == ParseStatus.Done)
        {
            Assert.Equal(bodyLength, result.Consumed);
        }

        return Check(result, bodyLength);
    }

    /// <summary>Reads every derived property, which must not throw on whatever the parser accepted.</summary>
    private static void Touch(ServerHello? hello)
    {
        if (hello is null)
        {
            return;
        }

        _ = (hello.NegotiatedVersion, hello.KeyShareGroup, hello.KeyShareData, hello.Alpn, hello.DowngradeSentinel, hello.IsHelloRetryRequest);
    }

    private static void Touch(ServerKeyExchange? keyExchange)
    {
        if (keyExchange is null)
        {
            return;
        }

        Assert.InRange(keyExchange.DhPrimeBits, 0, keyExchange.DhPrime.Length * 8);
        Assert.InRange(keyExchange.RsaModulusBits, 0, keyExchange.RsaModulus.Length * 8);
    }

    /// <summary>One to three mutations of a valid message, or random bytes.</summary>
    private static byte[] Mutate(byte[] valid, Random rng)
    {
        if (rng.Next(10) == 0)
        {
            var noise = new byte[rng.Next(300)];
            rng.NextBytes(noise);
            return noise;
        }

        var bytes = valid.ToList();
        var count = 1 + rng.Next(3);
        for (var m = 0; m < count; m++)
        {
            var at = bytes.Count == 0 ? 0 : rng.Next(bytes.Count);
            switch (rng.Next(7))
            {
                case 0 when bytes.Count > 0:                                   // flip a bit
                    bytes[at] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1:                                                        // cut short
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2 when bytes.Count > 0:                                   // bump what may be a length field
                    bytes[at] = rng.Next(4) switch
                    {
                        0 => (byte)(bytes[at] + 1),
                        1 => (byte)(bytes[at] - 1),
                        2 => 0xFF,
                        _ => 0x00,
                    };
                    break;
                case 3:                                                        // insert bytes
                    var inserted = new byte[1 + rng.Next(8)];
                    rng.NextBytes(inserted);
                    bytes.InsertRange(at, inserted);
                    break;
                case 4 when bytes.Count > 0:                                   // drop bytes
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + rng.Next(8)));
                    break;
                case 5 when bytes.Count > 0:                                   // repeat a slice
                    var length = Math.Min(bytes.Count - at, 1 + rng.Next(16));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:                                                       // trailing garbage
                    bytes.Add((byte)rng.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }
}
