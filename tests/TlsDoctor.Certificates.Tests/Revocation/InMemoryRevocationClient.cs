using TlsDoctor.Certificates.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

/// <summary>
/// The IRevocationClient seam answered from memory, for checker tests that need no sockets (the network
/// behaviour is tested against real servers in TlsDoctor.Scanning.Tests). Unknown URLs answer "connection refused".
/// </summary>
internal sealed class InMemoryRevocationClient : IRevocationClient
{
    private readonly Dictionary<Uri, Func<CancellationToken, Task<RevocationFetch>>> answers = [];

    public List<(Uri Url, byte[]? Body, string? ContentType)> Requests { get; } = [];

    public InMemoryRevocationClient Serve(Uri url, byte[] body) => On(url, _ => Task.FromResult(new RevocationFetch(body, null)));

    public InMemoryRevocationClient Fail(Uri url, string error) => On(url, _ => Task.FromResult(new RevocationFetch(null, error)));

    /// <summary>Never answers; returns "cancelled" once the token fires, as HttpRevocationClient does.</summary>
    public InMemoryRevocationClient Hang(Uri url) => On(url, async token =>
    {
        await Task.Delay(Timeout.Infinite, token).ContinueWith(_ => { }, TaskScheduler.Default);
        return new RevocationFetch(null, "cancelled");
    });

    public InMemoryRevocationClient Throw(Uri url) => On(url, _ => throw new InvalidOperationException("client bug"));

    public Task<RevocationFetch> FetchAsync(Uri url, byte[]? body, string? contentType, CancellationToken cancellationToken)
    {
        Requests.Add((url, body, contentType));
        return answers.TryGetValue(url, out var answer)
            ? answer(cancellationToken)
            : Task.FromResult(new RevocationFetch(null, $"connection refused by {url.Authority}"));
    }

    private InMemoryRevocationClient On(Uri url, Func<CancellationToken, Task<RevocationFetch>> answer)
    {
        answers[url] = answer;
        return this;
    }
}
