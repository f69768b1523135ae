using System.Net;
using System.Net.Sockets;

namespace TlsDoctor.Testing.Lab.Ports;

/// <summary>
/// Picks a block of consecutive free ports on 127.0.0.1 at run time. The block lies below Linux's ephemeral
/// range (32768+) so outgoing connections do not take its ports, and away from the company lab's 14431–14460.
/// Every port is bind-tested; another process may still take one before a server binds it, which the
/// caller detects and answers with a new block.
/// </summary>
internal static class LabPortBlock
{
    private const int LowestBase = 20000;
    private const int HighestPort = 32000;
    private const int Attempts = 200;

    public static int Reserve(int size, Random random)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var basePort = random.Next(LowestBase, HighestPort - size);
            if (Enumerable.Range(basePort, size).All(IsFree))
            {
                return basePort;
            }
        }

        throw new LabStartupException($"no block of {size} free ports found in {LowestBase}-{HighestPort} on 127.0.0.1");
    }

    /// <summary>True when nothing is bound to 127.0.0.1:<paramref name="port"/> (or the wildcard address).</summary>
    public static bool IsFree(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
