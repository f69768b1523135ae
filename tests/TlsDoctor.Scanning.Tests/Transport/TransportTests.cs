using System.Net;
using System.Net.Sockets;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Transport;

/// <summary>Transport limits and address families, against real sockets on the loopback interface.</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task Scan_ScriptedServerOnIPv6Loopback_CompletesOverIPv6()
    {
        var config = ScriptedChains.Rsa with { ListenAddress = IPAddress.IPv6Loopback };

        var result = await ScriptedScan.RunAsync(config);

        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        Assert.Equal("::1", result.Address);
        Assert.Equal([TlsVersion.Tls12], result.Supported());
    }

    [Fact]
    public void ScriptedServer_NonLoopbackListenAddress_IsRefused()
    {
        var config = ScriptedChains.Rsa with { ListenAddress = IPAddress.Any };

        var e = Assert.Throws<ArgumentException>(() => new Lab.Scripted.ScriptedServer(config));
        Assert.Contains("not a loopback address", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ServerThatNeverStopsSending_StopsAtTheByteBudget()
    {
        // A TLS record header that announces a 1 MiB handshake message, then an endless stream of its bytes.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                _ = await stream.ReadAsync(new byte[4096], stop.Token); // the hello; its content does not matter here
                // One handshake record after another: the first opens a ServerHello of 1 MiB - 16 bytes (more than any
                // budget), the rest carry its body, for as long as the scanner keeps reading.
                var first = new byte[16384];
                first[0] = 0x02;                                    // msg_type = server_hello
                first[1] = 0x0F; first[2] = 0xFF; first[3] = 0xF0;  // length: 1 MiB - 16
                try
                {
                    await stream.WriteAsync(TlsDoctor.Tls.Records.TlsRecord.Encode(ContentType.Handshake, 0x0303, first), stop.Token);
                    var chunk = new byte[16384];
                    for (var i = 0; i < 60 && !stop.IsCancellationRequested; i++)
                    {
                        await stream.WriteAsync(TlsDoctor.Tls.Records.TlsRecord.Encode(ContentType.Handshake, 0x0303, chunk), stop.Token);
                    }
                }
                catch (IOException)
                {
                    // the scanner hung up at its budget
                }
            }
        });
        var options = ScanOptions.Default with { ByteBudget = 64 * 1024, ReadTimeout = TimeSpan.FromSeconds(10) };

        var result = await new Scanner(options).ScanAsync(new ScanTarget("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, null)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.Outcome == ScanOutcome.NotTls, $"{result.Outcome}: {result.Failure}");
        Assert.Equal(ConnectionErrorKind.ByteBudgetExceeded, result.Failure!.Kind);
        Assert.Contains("64 KiB", result.Failure.Message, StringComparison.Ordinal);
        await stop.CancelAsync();
        try
        {
            await server; // ends at the cancellation: with an exception when it was waiting, without when between writes
        }
        catch (OperationCanceledException)
        {
        }
    }

    [Fact]
    public async Task Scan_UnresolvableName_IsUnreachableWithADnsCause()
    {
        var result = await new Scanner(ScanOptions.Default).ScanAsync(new ScanTarget("no-such-host.invalid", 443, "no-such-host.invalid"));

        Assert.Equal(ScanOutcome.Unreachable, result.Outcome);
        Assert.Equal(ConnectionErrorKind.DnsFailure, result.Failure!.Kind);
        Assert.Contains("no-such-host.invalid", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Connections);
    }

    [Fact]
    public async Task Scan_ConnectionsToOneHost_NeverExceedTheBound()
    {
        var peak = 0;
        var open = 0;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var server = Task.Run(async () =>
        {
            var handlers = new List<Task>();
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                handlers.Add(Task.Run(async () =>
                {
                    using (client)
                    {
                        var now = Interlocked.Increment(ref open);
                        InterlockedMax(ref peak, now);
                        await Task.Delay(20); // hold the connection a little, then refuse like a TLS server would
                        Interlocked.Decrement(ref open); // before the alert, so this window lies inside the client's connection
                        await client.GetStream().WriteAsync(new byte[] { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28 });
                    }
                }));
            }
        });
        var options = ScanOptions.Default with { MaxConnectionsPerHost = 3 };

        await new Scanner(options).ScanAsync(new ScanTarget("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, null));
        await stop.CancelAsync();

        Assert.InRange(peak, 1, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
