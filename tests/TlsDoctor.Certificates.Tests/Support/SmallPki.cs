using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>Root → intermediate → leaf, the root in a private store and [leaf, intermediate] as sent; each part replaceable.</summary>
internal sealed class SmallPki : IDisposable
{
    public SmallPki(CertSpec leaf, CertSpec? intermediate = null, CertSpec? root = null)
    {
        Root = TestPki.SelfSigned(root ?? CertSpec.Ca("Test Root"));
        Intermediate = TestPki.Issue(intermediate ?? CertSpec.Ca("Test Intermediate"), Root);
        Leaf = TestPki.Issue(leaf, Intermediate);
    }

    public Issued Root { get; }
    public Issued Intermediate { get; }
    public Issued Leaf { get; }

    public IReadOnlyList<byte[]> Chain => TestPki.Chain(Leaf, Intermediate);

    public TrustStore Store => Analysis.PrivateStore(Root);

    public TrustStore PublicStore => Analysis.PublicStore(Root);

    public void Dispose()
    {
        Leaf.Dispose();
        Intermediate.Dispose();
        Root.Dispose();
    }
}
