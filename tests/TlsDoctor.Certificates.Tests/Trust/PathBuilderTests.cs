using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Tests.Trust;

public sealed class PathBuilderTests
{
    [Fact]
    public void Build_LeafAndIntermediateWithRootInStore_TrustedToTheRoot()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf, intermediate], Analysis.PrivateStore(root));

        Assert.Equal(TrustStatus.Trusted, path.Status);
        Assert.Equal(["CN=a.example", "CN=Intermediate", "CN=Root"], path.Elements.Select(e => e.Certificate.DisplayName));
        Assert.Equal([0, 1, null], path.Elements.Select(e => e.SentIndex));
        Assert.Equal("CN=Root", path.Anchor!.Certificate.DisplayName);
        Assert.Null(path.MissingLink);
    }

    [Fact]
    public void Build_IntermediateSentRootUnknown_UnknownIssuerNamingTheRoot()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var other = TestPki.SelfSigned(CertSpec.Ca("Other Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf, intermediate], Analysis.PrivateStore(other));

        Assert.Equal(TrustStatus.UnknownIssuer, path.Status);
        Assert.Equal(CertificateDetails.FromDer(root.Der).Subject, path.MissingLink!.IssuerName);
        Assert.Equal(CertificateDetails.FromDer(root.Der).SubjectKeyIdentifier, path.MissingLink.AuthorityKeyIdentifier);
        Assert.Equal(1, path.MissingLink.LastReached.SentIndex);
    }

    [Fact]
    public void Build_LeafOnlyWithPrivateAnchor_IncompleteChainNamingTheIntermediate()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf], Analysis.PrivateStore(root));

        Assert.Equal(TrustStatus.IncompleteChain, path.Status);
        Assert.Equal(CertificateDetails.FromDer(intermediate.Der).Subject, path.MissingLink!.IssuerName);
        Assert.Equal(0, path.MissingLink.LastReached.SentIndex);
    }

    [Fact]
    public void Build_LeafOnlyWithAiaAndPublicStore_IncompleteChainWithDownloadUrl()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example") with { CaIssuersUrls = ["http://ca.example/int.crt"] }, intermediate);

        var path = Build([leaf], Analysis.PublicStore(root));

        Assert.Equal(TrustStatus.IncompleteChain, path.Status);
        Assert.Equal(["http://ca.example/int.crt"], path.MissingLink!.CaIssuersUrls);
    }

    [Fact]
    public void Build_LeafOnlyWithoutAiaAndPublicStore_UnknownIssuer()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf], Analysis.PublicStore(root));

        Assert.Equal(TrustStatus.UnknownIssuer, path.Status);
        Assert.Equal(CertificateDetails.FromDer(intermediate.Der).Subject, path.MissingLink!.IssuerName);
    }

    [Fact]
    public void Build_IntermediateOnlyInStore_IncompleteChainThoughAnchorReached()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf], Analysis.PrivateStore(intermediate, root));

        Assert.Equal(TrustStatus.IncompleteChain, path.Status);
        Assert.Equal([0, null, null], path.Elements.Select(e => e.SentIndex));
        Assert.Equal(CertificateDetails.FromDer(intermediate.Der).Subject, path.MissingLink!.IssuerName);
    }

    [Fact]
    public void Build_SameNamedIssuerWithAnotherKey_NotAccepted()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var impostor = TestPki.Issue(CertSpec.Ca("Intermediate"), root);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf, impostor], Analysis.PrivateStore(root));

        Assert.Equal(TrustStatus.IncompleteChain, path.Status);
        Assert.Single(path.Elements);
    }

    [Fact]
    public void Build_FirstOfTwoCrossSignedIntermediatesLeadsNowhere_TriesTheOther()
    {
        using var untrustedRoot = TestPki.SelfSigned(CertSpec.Ca("Untrusted Root"));
        using var trustedRoot = TestPki.SelfSigned(CertSpec.Ca("Trusted Root"));
        using var viaUntrusted = TestPki.Issue(CertSpec.Ca("Intermediate"), untrustedRoot);
        using var viaTrusted = TestPki.Issue(CertSpec.Ca("Intermediate"), trustedRoot, subjectKey: viaUntrusted.Key);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), viaUntrusted);

        var path = Build([leaf, viaUntrusted, viaTrusted], Analysis.PrivateStore(trustedRoot));

        Assert.Equal(TrustStatus.Trusted, path.Status);
        Assert.Equal([0, 2, null], path.Elements.Select(e => e.SentIndex));
        Assert.Equal("CN=Trusted Root", path.Anchor!.Certificate.DisplayName);
    }

    [Fact]
    public void Build_CrossSignedRootSentAndOldRootTrusted_PathThroughTheCrossSign()
    {
        using var oldRoot = TestPki.SelfSigned(CertSpec.Ca("Old Root"));
        using var newRoot = TestPki.SelfSigned(CertSpec.Ca("New Root"));
        using var crossSigned = TestPki.Issue(CertSpec.Ca("New Root"), oldRoot, subjectKey: newRoot.Key);
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), newRoot);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf, intermediate, crossSigned], Analysis.PrivateStore(oldRoot));

        Assert.Equal(TrustStatus.Trusted, path.Status);
        Assert.Equal(["CN=a.example", "CN=Intermediate", "CN=New Root", "CN=Old Root"], path.Elements.Select(e => e.Certificate.DisplayName));
    }

    [Fact]
    public void Build_CrossSignedRootSentAndNewRootTrusted_EndsAtTheTrustedKey()
    {
        using var oldRoot = TestPki.SelfSigned(CertSpec.Ca("Old Root"));
        using var newRoot = TestPki.SelfSigned(CertSpec.Ca("New Root"));
        using var crossSigned = TestPki.Issue(CertSpec.Ca("New Root"), oldRoot, subjectKey: newRoot.Key);
        using var intermediate = TestPki.Issue(CertSpec.Ca("Intermediate"), newRoot);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), intermediate);

        var path = Build([leaf, intermediate, crossSigned], Analysis.PrivateStore(newRoot));

        Assert.Equal(TrustStatus.Trusted, path.Status);
        Assert.Equal(3, path.Elements.Count);
        Assert.Equal(CertificateDetails.FromDer(newRoot.Der).Sha256Fingerprint, path.Anchor!.Certificate.Sha256Fingerprint);
    }

    [Fact]
    public void Build_SelfSignedLeaf_SelfSignedUnlessInStore()
    {
        using var leaf = TestPki.SelfSigned(CertSpec.Server("a.example"));
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));

        Assert.Equal(TrustStatus.SelfSigned, Build([leaf], Analysis.PrivateStore(root)).Status);
        Assert.Equal(TrustStatus.Trusted, Build([leaf], Analysis.PrivateStore(leaf)).Status);
    }

    [Fact]
    public void Build_SentRootNotInStore_UntrustedRoot()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var other = TestPki.SelfSigned(CertSpec.Ca("Other Root"));
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), root);

        var path = Build([leaf, root], Analysis.PrivateStore(other));

        Assert.Equal(TrustStatus.UntrustedRoot, path.Status);
        Assert.Equal(2, path.Elements.Count);
    }

    [Fact]
    public void Build_UnparseableLeaf_Unparseable()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));

        var path = PathBuilder.Build([CertificateDetails.FromDer([0x30, 0x00])], Analysis.PrivateStore(root), CertSpec.Now);

        Assert.Equal(TrustStatus.Unparseable, path.Status);
    }

    [Fact]
    public void Build_EmptyChain_Throws()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));

        Assert.Throws<ArgumentException>(() => PathBuilder.Build([], Analysis.PrivateStore(root), CertSpec.Now));
    }

    private static CertificatePath Build(Issued[] sent, TrustStore store) =>
        PathBuilder.Build([.. sent.Select(s => CertificateDetails.FromDer(s.Der))], store, CertSpec.Now);
}
