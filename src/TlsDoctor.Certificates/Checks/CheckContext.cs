using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Names;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Checks;

/// <summary>Everything a check looks at; checks are pure functions of it.</summary>
internal sealed record CheckContext(
    IReadOnlyList<CertificateDetails> Sent, CertificatePath Path, TrustStore Store, AnalysisOptions Options, DateTimeOffset Now, NameMatch? NameMatch)
{
    public IReadOnlyList<PathElement> Elements => Path.Elements;

    /// <summary>
    /// The path's top when nobody vouches for its signature: an anchor (RFC 5280 §6.1: anchors are inputs, their
    /// self-signatures are not checked) or an untrusted self-signed root. Its own signature and its CA extensions are
    /// not judged; the certificates below it are.
    /// </summary>
    public bool IsTerminal(int index) =>
        index == Elements.Count - 1 && (Elements[index].Anchor is not null || Elements[index].Certificate.IsSelfSigned);

    /// <summary>"leaf", "intermediate", "root", with "(from the trust store)" when the server did not send it.</summary>
    public string Role(int index)
    {
        var element = Elements[index];
        var role = index == 0 ? "leaf" : element.Certificate.IsSelfSigned ? "root" : "intermediate";
        return element.IsSent ? role : role + " (from the trust store)";
    }

    /// <summary>"leaf 'CN=localhost'".</summary>
    public string Describe(int index) => $"{Role(index)} '{Elements[index].Certificate.DisplayName}'";
}
