using System.Net;
using System.Net.Sockets;

namespace TlsDoctor.Testing.Lab.Ports;

/// <summary>Whether a loopback port accepts TCP connections.</summary>
internal static class PortProbe
{
    public static async Task<bool> AcceptsAsync(int port, TimeSpan timeout)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
