using System.Net;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Tls.Handshake;

namespace TlsDoctor.Scanning.Tests.Transport.Tls12;

/// <summary>A probe context for one loopback port, with the scanner's own limits, for tests that talk through it.</summary>
internal static class LabProbe
{
    public static ScanOptions Options { get; } = ScanOptions.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        ReadTimeout = TimeSpan.FromSeconds(3),
    };

    public static ProbeContext Context(int port) =>
        new(new ScanTarget("127.0.0.1", port, "localhost"), new IPEndPoint(IPAddress.Loopback, port), Options, new SemaphoreSlim(4), new ClientHelloBuilder());
}
