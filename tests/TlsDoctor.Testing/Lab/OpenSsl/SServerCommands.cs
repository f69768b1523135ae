using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Testing.Lab.OpenSsl;

/// <summary>The openssl s_server targets: one process each, arguments as the company lab starts them.</summary>
internal static class SServerCommands
{
    /// <summary>(target name, s_server arguments) for every s_server target.</summary>
    public static IEnumerable<(string Name, string[] Arguments)> All(Func<string, LabTarget> target, LabCertificates certs)
    {
        yield return Command(target("s_server-old"), certs.Rsa, certs,
            "-no_tls1_3", "-cipher", LabCipherStrings.MozillaOld);
        yield return Command(target("s_server-tls12-tiny"), certs.Rsa, certs,
            "-tls1_2", "-serverpref", "-cipher", LabCipherStrings.Tiny);
        yield return Command(target("s_server-rsa1024"), certs.Rsa1024, certs,
            "-min_protocol", "TLSv1.2", "-cipher", LabCipherStrings.WeakCertificate);
        yield return Command(target("s_server-sha1"), certs.Sha1, certs,
            "-min_protocol", "TLSv1.2", "-cipher", LabCipherStrings.WeakCertificate);
        yield return Command(target("s_server-dhe1024"), certs.Rsa, certs,
            "-min_protocol", "TLSv1.2", "-no_tls1_3", "-dhparam", certs.Dh1024Path, "-cipher", LabCipherStrings.Dhe1024);
    }

    private static (string, string[]) Command(LabTarget target, LabLeaf leaf, LabCertificates certs, params string[] extra) =>
        (target.Name,
        [
            "s_server", "-www", "-quiet", "-ign_eof",
            "-accept", $"{LabTarget.Host}:{target.Port}",
            "-cert", leaf.CertificatePath, "-key", leaf.KeyPath, "-cert_chain", certs.IntermediatePath,
            .. extra,
        ]);
}
