using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using static TlsDoctor.Testing.Lab.GnuTls.GnuTlsNative;

namespace TlsDoctor.Testing.Lab.GnuTls;

/// <summary>
/// A GnuTLS server hosted in the test process: libgnutls (the library behind gnutls-serv) on a socket we
/// bind to 127.0.0.1 ourselves. gnutls-serv itself cannot be used: it has no option for a listen address and
/// binds every address (getaddrinfo(NULL, port, AI_PASSIVE) in src/serv.c), and lab servers must only ever
/// listen on loopback. After the handshake it answers one request with a short HTTP response, like
/// gnutls-serv --http, then closes.
/// </summary>
internal sealed class GnuTlsServer : IDisposable
{
    private static readonly TimeSpan IoTimeout = TimeSpan.FromSeconds(10);
    private static readonly byte[] Response = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\ngnutls\n"u8.ToArray();

    private readonly Socket listener;
    private readonly IntPtr credentials;
    private readonly IntPtr priority;
    private readonly string logPath;
    private readonly Thread acceptThread;
    private readonly HashSet<Socket> open = [];
    private readonly Lock logLock = new();
    private volatile bool stopping;

    private GnuTlsServer(Socket listener, IntPtr credentials, IntPtr priority, string logPath)
    {
        this.listener = listener;
        this.credentials = credentials;
        this.priority = priority;
        this.logPath = logPath;
        acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = "gnutls-lab-accept" };
        acceptThread.Start();
    }

    /// <summary>Loads the certificate, parses the priority string and binds 127.0.0.1:<paramref name="port"/>.</summary>
    public static GnuTlsServer Start(int port, string chainPath, string keyPath, string priorities, string logPath)
    {
        File.AppendAllText(logPath, $"GnuTLS {Version()} priority {priorities}\n");
        Check(gnutls_global_init(), "gnutls_global_init");
        Check(gnutls_certificate_allocate_credentials(out var credentials), "allocate credentials");
        var priority = IntPtr.Zero;
        Socket? listener = null;
        try
        {
            Check(gnutls_certificate_set_x509_key_file(credentials, chainPath, keyPath, X509FormatPem), "load " + chainPath);
            // Without DH parameters GnuTLS does DHE only with clients that offer RFC 7919 groups; these
            // make it answer any DHE client with ffdhe2048, as gnutls-serv does with --dhparams.
            Check(gnutls_certificate_set_known_dh_params(credentials, SecurityParameterMedium), "DH parameters");
            Check(gnutls_priority_init(out priority, priorities, out _), "priority string " + priorities);
            listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen(64);
            return new GnuTlsServer(listener, credentials, priority, logPath);
        }
        catch
        {
            listener?.Dispose();
            if (priority != IntPtr.Zero)
            {
                gnutls_priority_deinit(priority);
            }

            gnutls_certificate_free_credentials(credentials);
            throw;
        }
    }

    public void Dispose()
    {
        stopping = true;
        acceptThread.Join();
        listener.Dispose();
        lock (open)
        {
            // Shutdown, not close: a session thread may be inside gnutls with this fd; it closes it itself.
            foreach (var socket in open)
            {
                try
                {
                    socket.Shutdown(SocketShutdown.Both);
                }
                catch (SocketException)
                {
                }
            }
        }

        var deadline = Stopwatch.StartNew();
        while (OpenCount() > 0 && deadline.Elapsed < IoTimeout)
        {
            Thread.Sleep(20);
        }

        // Free the shared objects only when no session can still use them; otherwise leak them on purpose.
        if (OpenCount() == 0)
        {
            gnutls_priority_deinit(priority);
            gnutls_certificate_free_credentials(credentials);
        }
    }

    private int OpenCount()
    {
        lock (open)
        {
            return open.Count;
        }
    }

    private void AcceptLoop()
    {
        while (!stopping)
        {
            // Poll rather than block in Accept, so that Dispose needs no cross-thread socket close.
            if (!listener.Poll(TimeSpan.FromMilliseconds(100), SelectMode.SelectRead))
            {
                continue;
            }

            // A blocking accept gives a blocking socket: gnutls reads and writes its fd directly.
            Socket socket;
            try
            {
                socket = listener.Accept();
            }
            catch (SocketException)
            {
                continue; // the client gave up between poll and accept
            }

            lock (open)
            {
                open.Add(socket);
            }

            new Thread(() => Serve(socket)) { IsBackground = true, Name = "gnutls-lab-session" }.Start();
        }
    }

    private void Serve(Socket socket)
    {
        var session = IntPtr.Zero;
        try
        {
            socket.ReceiveTimeout = (int)IoTimeout.TotalMilliseconds;
            socket.SendTimeout = (int)IoTimeout.TotalMilliseconds;
            Check(gnutls_init(out session, GnutlsServer), "gnutls_init");
            Check(gnutls_priority_set(session, priority), "gnutls_priority_set");
            Check(gnutls_credentials_set(session, CredentialsCertificate, credentials), "gnutls_credentials_set");
            var fd = (int)socket.SafeHandle.DangerousGetHandle();
            gnutls_transport_set_int2(session, fd, fd);
            gnutls_handshake_set_timeout(session, (uint)IoTimeout.TotalMilliseconds);
            var result = Handshake(session);
            Log($"{socket.RemoteEndPoint} handshake: {ErrorText(result)}");
            if (result == 0)
            {
                var request = new byte[16384];
                if (gnutls_record_recv(session, request, (nuint)request.Length) > 0)
                {
                    gnutls_record_send(session, Response, (nuint)Response.Length);
                }

                gnutls_bye(session, ShutdownWrite);
            }
        }
        catch (Exception e)
        {
            // A session thread must never take the test process down; the log keeps the reason.
            Log($"session error: {e.Message}");
        }
        finally
        {
            if (session != IntPtr.Zero)
            {
                gnutls_deinit(session);
            }

            lock (open)
            {
                open.Remove(socket);
            }

            socket.Dispose();
        }
    }

    private static int Handshake(IntPtr session)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var result = gnutls_handshake(session);
            if (result >= 0 || gnutls_error_is_fatal(result) != 0 || elapsed.Elapsed > IoTimeout)
            {
                return result;
            }

            if (result == ErrorAgain)
            {
                Thread.Sleep(10); // a receive timeout surfaced as EAGAIN; do not spin
            }
        }
    }

    private void Log(string line)
    {
        lock (logLock)
        {
            File.AppendAllText(logPath, line + "\n");
        }
    }

    private static void Check(int result, string what)
    {
        if (result < 0)
        {
            throw new LabStartupException($"GnuTLS: {what}: {ErrorText(result)}");
        }
    }
}
