using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Trust;

/// <summary>
/// A set of trust anchors, immutable once loaded. An anchor is identified the way RFC 5280 §6.1.1(d) defines trust
/// anchor information: by subject name and public key, so a cross-signed copy of a root counts as that root.
/// </summary>
public sealed partial class TrustStore
{
    private readonly Dictionary<string, List<TrustAnchor>> _bySubject;

    private TrustStore(TrustStoreKind kind, string description, IReadOnlyList<TrustAnchor> anchors)
    {
        Kind = kind;
        Description = description;
        Anchors = anchors;
        _bySubject = anchors.GroupBy(a => NameKey(a.Certificate.Subject)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public TrustStoreKind Kind { get; }

    /// <summary>For reports: "system store (/etc/ssl/certs/ca-certificates.crt, 146 certificates)".</summary>
    public string Description { get; }

    public IReadOnlyList<TrustAnchor> Anchors { get; }

    public int Count => Anchors.Count;

    /// <summary>Whether any anchor came from the user (a --ca-file) rather than a public root program.</summary>
    public bool HasPrivateAnchors => Anchors.Any(a => !a.IsPublic);

    /// <summary>An in-memory store, e.g. for tests or for a caller that already holds the certificates.</summary>
    /// <exception cref="TrustStoreException">A certificate cannot be decoded.</exception>
    public static TrustStore FromCertificates(IEnumerable<byte[]> certificates, TrustStoreKind kind, string description)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return FromSources(certificates.Select(der => (der, description)), kind, description);
    }

    private static TrustStore FromSources(IEnumerable<(byte[] Der, string Source)> certificates, TrustStoreKind kind, string description)
    {
        // A system store has ~150 roots: decode them on every core, then judge the results in file order so the first
        // bad certificate is the one reported. Anchors' self-signatures are not checked (see FromAnchorDer).
        var sources = certificates.ToList();
        var decoded = new CertificateDetails[sources.Count];
        Parallel.For(0, sources.Count, i => decoded[i] = CertificateDetails.FromAnchorDer(sources[i].Der));
        var anchors = new List<TrustAnchor>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            if (decoded[i].Error is { } error)
            {
                throw new TrustStoreException($"{sources[i].Source}: certificate {i + 1} is not valid X.509 ({error})");
            }

            anchors.Add(new TrustAnchor(decoded[i], kind, sources[i].Source));
        }

        return new TrustStore(kind, $"{description} ({Plural(anchors.Count)})", Distinct(anchors));
    }

    /// <summary>All anchors of all <paramref name="stores"/>, each keeping its own kind.</summary>
    public static TrustStore Combine(params TrustStore[] stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        if (stores.Length == 0)
        {
            throw new ArgumentException("combine at least one trust store", nameof(stores));
        }

        var kinds = stores.Select(s => s.Kind).Distinct().ToList();
        var kind = kinds.Count == 1 ? kinds[0] : TrustStoreKind.Combined;
        return new TrustStore(kind, string.Join(" + ", stores.Select(s => s.Description)), Distinct(stores.SelectMany(s => s.Anchors)));
    }

    /// <summary>Whether <paramref name="certificate"/> is an anchor: same subject and public key as one in the store.</summary>
    public bool Contains(CertificateDetails certificate) => Find(certificate) is not null;

    /// <summary>The anchor with <paramref name="certificate"/>'s subject and public key, or null.</summary>
    public TrustAnchor? Find(CertificateDetails certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Error is null && _bySubject.TryGetValue(NameKey(certificate.Subject), out var anchors)
            ? anchors.FirstOrDefault(a => a.Certificate.PublicKeyInfoDer.AsSpan().SequenceEqual(certificate.PublicKeyInfoDer))
            : null;
    }

    /// <summary>
    /// Anchors whose subject is <paramref name="certificate"/>'s issuer: those whose subject key identifier equals
    /// its authority key identifier first (RFC 5280 §4.2.1.1), then the other same-named ones. Signatures are not
    /// checked here; the path builder does that.
    /// </summary>
    public IReadOnlyList<TrustAnchor> FindIssuers(CertificateDetails certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.Error is not null || !_bySubject.TryGetValue(NameKey(certificate.Issuer), out var named))
        {
            return [];
        }

        return [.. named.OrderBy(a => KeyIdsAgree(certificate, a.Certificate) ? 0 : 1)];
    }

    public override string ToString() => Description;

    /// <summary>Whether <paramref name="issuer"/>'s SKI matches <paramref name="child"/>'s AKI, or either is absent.</summary>
    internal static bool KeyIdsAgree(CertificateDetails child, CertificateDetails issuer) =>
        child.AuthorityKeyIdentifier is null || issuer.SubjectKeyIdentifier is null
        || string.Equals(child.AuthorityKeyIdentifier, issuer.SubjectKeyIdentifier, StringComparison.OrdinalIgnoreCase);

    /// <summary>Names compared case-insensitively in their decoded form (see CertificateParser.NamesEqual).</summary>
    internal static string NameKey(string distinguishedName) => distinguishedName.ToUpperInvariant();

    private static List<TrustAnchor> Distinct(IEnumerable<TrustAnchor> anchors) =>
        [.. anchors.DistinctBy(a => a.Certificate.Sha256Fingerprint, StringComparer.Ordinal)];

    private static string Plural(int count) => count == 1 ? "1 certificate" : $"{count} certificates";
}
