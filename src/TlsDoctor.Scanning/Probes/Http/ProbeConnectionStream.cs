using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// A <see cref="Stream"/> over a <see cref="ProbeConnection"/>, so that SslStream can run over the scan's
/// connection: every read keeps the connection's deadline and byte budget. The first network error is kept in
/// <see cref="Error"/> (typed), since SslStream only passes on an IOException.
/// </summary>
internal sealed class ProbeConnectionStream(ProbeConnection connection) : Stream
{
    /// <summary>The first error the connection reported (timeout, reset, byte budget), if any.</summary>
    public ConnectionError? Error { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var (count, error) = await connection.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            Error ??= error;
            throw new IOException(error.Message);
        }

        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (await connection.SendAsync(buffer, cancellationToken).ConfigureAwait(false) is { } error)
        {
            Error ??= error;
            throw new IOException(error.Message);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
        // Every write goes straight to the socket.
    }

    // SslStream is only ever driven asynchronously here; a blocking call would hold a thread past the deadline.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("use ReadAsync");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("use WriteAsync");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
