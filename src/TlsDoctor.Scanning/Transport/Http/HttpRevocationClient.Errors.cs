using System.Net.Http;
using System.Net.Sockets;

namespace TlsDoctor.Scanning.Transport.Http;

// Turning HttpClient's exceptions into the one-line reasons of the connection error tree (STYLE.md #7).
public sealed partial class HttpRevocationClient
{
    private string Describe(HttpRequestException e, Uri url)
    {
        var where = url.Authority;
        if (e.InnerException is TimeoutException)
        {
            return $"no TCP connection to {where} within {Seconds(options.ConnectTimeout)}";
        }

        var socket = FindSocketError(e);
        return socket switch
        {
            SocketError.ConnectionRefused => $"connection refused by {where}: nothing listens there",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => $"{where} reset the connection",
            SocketError.TimedOut => $"the TCP connection to {where} timed out",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"the name {url.Host} does not resolve",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => $"{where} is unreachable ({socket})",
            _ => e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => $"the name {url.Host} does not resolve",
                HttpRequestError.SecureConnectionError => $"TLS to {where} failed: {e.Message}",
                HttpRequestError.ResponseEnded => $"{where} closed the connection without a complete response",
                HttpRequestError.InvalidResponse => $"{where} did not answer in HTTP: {e.Message}",
                HttpRequestError.ConfigurationLimitExceeded => $"{where} sent headers beyond the client's limits",
                _ => $"request to {where} failed: {e.Message}",
            },
        };
    }

    private static SocketError? FindSocketError(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}
