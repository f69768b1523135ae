using static TlsDoctor.Certificates.Revocation.RevocationFormat;

namespace TlsDoctor.Certificates.Revocation;

public sealed partial class RevocationChecker
{
    /// <summary>One check in progress: its deadline, its per-request timeouts and the attempts so far.</summary>
    private sealed class CheckRun : IDisposable
    {
        private readonly IRevocationClient client;
        private readonly TimeProvider time;
        private readonly RevocationCheckOptions options;
        private readonly CancellationToken caller;
        private readonly long started;
        private readonly CancellationTokenSource deadline;
        private readonly CancellationTokenSource whole;

        public CheckRun(IRevocationClient client, TimeProvider time, RevocationCheckOptions options, CancellationToken caller)
        {
            this.client = client;
            this.time = time;
            this.options = options;
            this.caller = caller;
            started = time.GetTimestamp();
            // The deadline runs on the injected clock, so tests with a fake TimeProvider control it too.
            deadline = new CancellationTokenSource(options.Deadline, time);
            whole = CancellationTokenSource.CreateLinkedTokenSource(caller, deadline.Token);
        }

        public List<RevocationAttempt> Attempts { get; } = [];

        public void Add(RevocationSource source, Uri? url, string outcome, TimeSpan? elapsed = null) =>
            Attempts.Add(new RevocationAttempt(source, url, outcome, elapsed ?? TimeSpan.Zero));

        /// <summary>False (and the reason recorded) for a URL that is not fetched: a scheme other than http(s), or no time left.</summary>
        public bool CanFetch(RevocationSource source, Uri url)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                Add(source, url, $"skipped: only http and https URLs are fetched, not {url.Scheme}");
                return false;
            }

            if (deadline.IsCancellationRequested)
            {
                Add(source, url, $"not tried: the check's {Duration(options.Deadline)} deadline had passed");
                return false;
            }

            return true;
        }

        public async Task<(byte[]? Body, string Error, TimeSpan Elapsed)> FetchAsync(Uri url, byte[]? body, string? contentType)
        {
            var begin = time.GetTimestamp();
            using var timer = new CancellationTokenSource(options.FetchTimeout, time);
            using var token = CancellationTokenSource.CreateLinkedTokenSource(whole.Token, timer.Token);
            RevocationFetch fetch;
            try
            {
                fetch = await client.FetchAsync(url, body, contentType, token.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!caller.IsCancellationRequested)
            {
                fetch = new RevocationFetch(null, "cancelled");
            }
#pragma warning disable CA1031 // A client that breaks its no-throw contract must not abort the check (STYLE.md #7).
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                fetch = new RevocationFetch(null, $"the revocation client failed: {e.GetType().Name}: {e.Message}");
            }

            caller.ThrowIfCancellationRequested();
            var elapsed = time.GetElapsedTime(begin);
            if (fetch is { Body: not null, Error: null })
            {
                return (fetch.Body, "", elapsed);
            }

            // Our own timers explain a cancellation better than the client can.
            var error = deadline.IsCancellationRequested
                ? $"no answer within the check's {Duration(options.Deadline)} deadline ({Duration(time.GetElapsedTime(started))} in)"
                : timer.IsCancellationRequested ? $"timed out after {Duration(options.FetchTimeout)}"
                : fetch.Error ?? "an empty answer";
            return (null, error, elapsed);
        }

        public void Dispose()
        {
            whole.Dispose();
            deadline.Dispose();
        }
    }
}
