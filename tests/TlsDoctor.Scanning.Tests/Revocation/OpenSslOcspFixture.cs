using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Scanning.Tests.Revocation;

/// <summary>One CA, OpenSSL's OCSP responder for it on 127.0.0.1, and three leaves that point to it.</summary>
public sealed class OpenSslOcspFixture : IAsyncLifetime
{
    /// <summary>The revocation time written into index.txt for <see cref="Revoked"/>.</summary>
    public static readonly DateTimeOffset RevokedAt = new(2026, 1, 15, 10, 20, 30, TimeSpan.Zero);

    private OpenSslOcspResponder? responder;

    public RevocationPki Pki { get; } = RevocationPki.Create("TlsDoctor OCSP Test CA");

    public OpenSslOcspResponder Responder => responder ?? throw new InvalidOperationException("not started");

    /// <summary>"V" in the index.</summary>
    public X509Certificate2 Good { get; private set; } = null!;

    /// <summary>"R" in the index, revoked at <see cref="RevokedAt"/> for keyCompromise.</summary>
    public X509Certificate2 Revoked { get; private set; } = null!;

    /// <summary>Points to the responder but is not in the index.</summary>
    public X509Certificate2 Unlisted { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        responder = await OpenSslOcspResponder.StartAsync(Pki);
        var options = new LeafOptions { OcspUrl = responder.Url };
        Good = Pki.IssueLeaf("good.ocsp.test", options);
        Revoked = Pki.IssueLeaf("revoked.ocsp.test", options);
        Unlisted = Pki.IssueLeaf("unlisted.ocsp.test", options);
        responder.Publish([OcspIndexEntry.Valid(Good), OcspIndexEntry.Revoked(Revoked, RevokedAt, "keyCompromise")]);
    }

    public async Task DisposeAsync()
    {
        if (responder is not null)
        {
            await responder.DisposeAsync();
        }

        Good?.Dispose();
        Revoked?.Dispose();
        Unlisted?.Dispose();
        Pki.Dispose();
    }
}
