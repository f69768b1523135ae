using System.Net;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Handshake;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>One hello sent to a scripted server with the scanner's own transport and flight reader, kept for checks.</summary>
internal static class ScriptedExchange
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public static async Task<(ClientHelloMessage Hello, ServerFlight Flight)> RunAsync(int port, ClientHelloSpec spec)
    {
        var hello = new ClientHelloBuilder().Build(spec);
        var (transport, error) = await TcpTransport.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), Deadline, 1 << 20, CancellationToken.None);
        Assert.Null(error);
        var connection = transport!;
        await using (connection.ConfigureAwait(false))
        {
            using var reader = new FlightReader(hello, hello.Record, FlightDepth.Plaintext);
            Assert.Null(await connection.SendAsync(hello.Record, CancellationToken.None));
            using var deadline = new CancellationTokenSource(Deadline);
            var buffer = new byte[1 << 16];
            ConnectionError? readError = null;
            while (!reader.IsDone)
            {
                var (count, err) = await connection.ReadAsync(buffer, deadline.Token);
                if (err is not null || count == 0)
                {
                    readError = err;
                    break;
                }

                reader.Feed(buffer.AsSpan(0, count));
            }

            reader.End(readError, Deadline);
            return (hello, reader.Flight);
        }
    }

    /// <summary>The client random: the 32 bytes after the handshake header and legacy_version (RFC 8446 §4.1.2).</summary>
    public static byte[] ClientRandom(this ClientHelloMessage hello) =>
        ClientHello.TryParse(hello.Handshake).Value!.Random;
}
