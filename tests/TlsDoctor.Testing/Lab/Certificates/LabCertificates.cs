using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab.Certificates;

/// <summary>
/// The lab's private PKI, generated in code: root CA → intermediate CA → one leaf per certificate problem,
/// plus DH parameter files. Built once per test process (<see cref="GetAsync"/>) into a temp directory
/// that is deleted when the process exits.
/// </summary>
public sealed partial class LabCertificates
{
    private static readonly Lazy<Task<LabCertificates>> Shared = new(CreateSharedAsync);

    private LabCertificates(string directory)
    {
        Directory = directory;
        Rsa = Leaf("rsa");
        Ecdsa = Leaf("ecdsa");
        Expired = Leaf("expired");
        NotYetValid = Leaf("notyet");
        WrongHost = Leaf("wronghost");
        SelfSigned = new LabLeaf("selfsigned", File("selfsigned.pem"), File("selfsigned.key"), File("selfsigned.pem"));
        Rsa1024 = Leaf("rsa1024");
        Sha1 = Leaf("sha1");
        Incomplete = Leaf("incomplete");
    }

    public string Directory { get; }

    /// <summary>The trust anchor every lab chain (except the self-signed leaf) leads to.</summary>
    public string RootPath => File("root.pem");

    public string IntermediatePath => File("int.pem");

    /// <summary>Intermediate followed by root.</summary>
    public string CaBundlePath => File("ca-bundle.pem");

    /// <summary>RFC 7919 ffdhe2048 as PKCS#3 "DH PARAMETERS".</summary>
    public string Ffdhe2048Path => File("ffdhe2048.pem");

    /// <summary>A weak 1024-bit DH group, test-only.</summary>
    public string Dh1024Path => File("dh1024.pem");

    /// <summary>RSA-2048, SAN DNS:localhost and IP:127.0.0.1, valid from yesterday for a year.</summary>
    public LabLeaf Rsa { get; }

    /// <summary>ECDSA P-256, same names and validity as <see cref="Rsa"/>.</summary>
    public LabLeaf Ecdsa { get; }

    /// <summary>Valid 2020-01-01 to 2021-01-01.</summary>
    public LabLeaf Expired { get; }

    /// <summary>Valid 2040-01-01 to 2041-01-01.</summary>
    public LabLeaf NotYetValid { get; }

    /// <summary>CN and SAN only DNS:wrong.example.</summary>
    public LabLeaf WrongHost { get; }

    /// <summary>Self-signed leaf for localhost, not chained to the lab root.</summary>
    public LabLeaf SelfSigned { get; }

    /// <summary>RSA-1024 key.</summary>
    public LabLeaf Rsa1024 { get; }

    /// <summary>Signed with sha1WithRSAEncryption by the intermediate.</summary>
    public LabLeaf Sha1 { get; }

    /// <summary>A valid leaf meant to be served without its intermediate (use <see cref="LabLeaf.CertificatePath"/>).</summary>
    public LabLeaf Incomplete { get; }

    public IReadOnlyList<LabLeaf> Leaves => [Rsa, Ecdsa, Expired, NotYetValid, WrongHost, SelfSigned, Rsa1024, Sha1, Incomplete];

    /// <summary>The process-wide PKI, generated on first use.</summary>
    public static Task<LabCertificates> GetAsync() => Shared.Value;

    private static async Task<LabCertificates> CreateSharedAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("tlsdoctor-lab-certs-").FullName;
        ExitCleanup.DeleteDirectoryAtExit(directory);
        return await Task.Run(() => Create(directory, TimeProvider.System)).ConfigureAwait(false);
    }

    private LabLeaf Leaf(string name) => new(name, File(name + ".pem"), File(name + ".key"), File(name + "-chain.pem"));

    private string File(string name) => Path.Combine(Directory, name);
}
