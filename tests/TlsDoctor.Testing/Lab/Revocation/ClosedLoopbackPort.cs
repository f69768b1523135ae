using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>
/// A 127.0.0.1 port where nothing listens, kept that way: the socket is bound (so no one else can take the port)
/// but never listens, so connecting is refused.
/// </summary>
public sealed class ClosedLoopbackPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedLoopbackPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{path}");

    public void Dispose() => socket.Dispose();
}
