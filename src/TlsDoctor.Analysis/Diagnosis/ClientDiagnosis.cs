using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>The layers a connection passes, in the order they are checked; the first that fails is the root cause.</summary>
public enum Layer : byte
{
    NameResolution,
    Tcp,
    Tls,
    ProtocolVersion,
    CipherSuite,
    KeyExchange,
    Sni,
    Certificate,
    ClientCertificate,
}

public enum LayerStatus : byte
{
    Passed,
    Failed,
    /// <summary>An earlier layer failed, so this one was never reached.</summary>
    NotReached,
    /// <summary>Reached, but the scan holds no data to judge it.</summary>
    NotChecked,
}

/// <summary>One layer's verdict with the fact it rests on.</summary>
public sealed record LayerCheck(Layer Layer, LayerStatus Status, string Evidence)
{
    public string Name => Layer switch
    {
        Layer.NameResolution => "name resolution",
        Layer.Tcp => "TCP connection",
        Layer.Tls => "TLS on this port",
        Layer.ProtocolVersion => "protocol version",
        Layer.CipherSuite => "cipher suite",
        Layer.KeyExchange => "key exchange",
        Layer.Sni => "SNI",
        Layer.Certificate => "certificate",
        Layer.ClientCertificate => "client certificate",
        _ => Layer.ToString(),
    };
}

/// <summary>Why the client cannot connect: the cause in the catalog's terms, the handshake step when known, one sentence.</summary>
public sealed record RootCause(CauseId Cause, FailureCause? Failure, string Sentence);

public enum FixSide : byte
{
    Server,
    Client,
}

/// <summary>One change that removes the root cause, for one side and one piece of software ("nginx", "Java").</summary>
public sealed record Fix(FixSide Side, string For, string Text);

/// <summary>
/// The diagnosis of one client against one scanned server (not named Diagnosis, which is its namespace): each layer's verdict, the root cause (null: no problem
/// for this client), the evidence for it and the fixes on both sides.
/// </summary>
public sealed record ClientDiagnosis(ClientProfile Client, string Target)
{
    public IReadOnlyList<LayerCheck> Layers { get; init; } = [];

    /// <summary>Null when the client connects.</summary>
    public RootCause? RootCause { get; init; }

    /// <summary>The facts behind the root cause (or, with no problem, behind the negotiated handshake).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>What the server software was found to be; null: not detected.</summary>
    public ServerSoftware? Software { get; init; }

    /// <summary>The compatibility check the handshake layers rest on; null when the scan did not complete.</summary>
    public CompatibilityResult? Compatibility { get; init; }

    public bool HasProblem => RootCause is not null;

    /// <summary>The one sentence to print first.</summary>
    public string Summary => RootCause?.Sentence
        ?? $"no problem for this client: {Client.Name} would negotiate {Negotiated}";

    /// <summary>"TLSv1.3, TLS_AES_128_GCM_SHA256, x25519" or "" when nothing was negotiated.</summary>
    public string Negotiated => Compatibility is { Protocol: { } version } c
        ? string.Join(", ", new[]
        {
            version.Name(),
            c.CipherSuite?.IanaName,
            c.Group is { } g ? NamedGroups.Name(g) : c.DhBits is { } bits ? $"{bits}-bit DH" : null,
        }.Where(s => s is not null))
        : "";
}
