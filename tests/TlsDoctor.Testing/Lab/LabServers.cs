using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Testing.Lab.GnuTls;
using TlsDoctor.Testing.Lab.NonTls;
using TlsDoctor.Testing.Lab.Processes;
using Xunit;

namespace TlsDoctor.Testing.Lab;

/// <summary>
/// The lab as an xunit fixture: real, deliberately misconfigured TLS servers (one nginx, five openssl
/// s_server, one in-process GnuTLS) and non-TLS services on free 127.0.0.1 ports chosen at run time, with
/// the expected truth for each (<see cref="Targets"/>). Use it as a collection fixture: a test project adds
/// <c>[CollectionDefinition(LabServers.CollectionName)] class LabCollection : ICollectionFixture&lt;LabServers&gt;</c>
/// (xunit 2 looks for collection definitions in the test assembly only).
/// Needs Debian's nginx, openssl and libgnutls30; a missing one is an error naming the package, never a skip.
/// </summary>
public sealed partial class LabServers : IAsyncLifetime, IDisposable
{
    /// <summary>The xunit collection name for tests that share one running lab.</summary>
    public const string CollectionName = "TlsDoctor lab servers";

    private readonly List<LabProcess> processes = [];
    private readonly List<PlainTcpService> services = [];
    private GnuTlsServer? gnuTls;
    private IReadOnlyList<LabTarget>? targets;
    private LabCertificates? certificates;
    private string? stateDirectory;
    private bool disposed;

    /// <summary>Every target with its port and expected truth.</summary>
    public IReadOnlyList<LabTarget> Targets => targets ?? throw NotStarted();

    /// <summary>The lab's certificates and DH parameter files.</summary>
    public LabCertificates Certificates => certificates ?? throw NotStarted();

    /// <summary>The lab root CA (PEM): give it to a client to trust the lab's chains.</summary>
    public string RootCaPath => Certificates.RootPath;

    /// <summary>The intermediate CA (PEM), e.g. to complete nginx-incomplete-chain by hand.</summary>
    public string IntermediateCaPath => Certificates.IntermediatePath;

    /// <summary>Configs and logs of this lab run (deleted on dispose).</summary>
    public string StateDirectory => stateDirectory ?? throw NotStarted();

    /// <summary>First port of the block; target ports are this plus a fixed offset (see <see cref="LabTargets"/>).</summary>
    public int BasePort { get; private set; }

    /// <summary>Ids of the external processes this lab started (nginx, s_server).</summary>
    public IReadOnlyList<int> ProcessIds => [.. processes.Select(p => p.Id)];

    /// <summary>How long <see cref="InitializeAsync"/> took, certificates included.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The target named <paramref name="name"/>, e.g. "nginx-modern".</summary>
    public LabTarget Get(string name) =>
        Targets.FirstOrDefault(t => t.Name == name)
        ?? throw new KeyNotFoundException($"no lab target '{name}'; known: {string.Join(", ", Targets.Select(t => t.Name))}");

    private static InvalidOperationException NotStarted() =>
        new("the lab is not running: await InitializeAsync() first (xunit does this for a fixture)");
}
