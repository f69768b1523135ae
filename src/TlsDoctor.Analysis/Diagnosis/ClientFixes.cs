using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>Client-side changes for a root cause, where a client change is right (never weakening the client).</summary>
internal static class ClientFixes
{
    /// <summary>
    /// .NET Framework 4.x on Windows uses the OS default versions (TLS 1.2 included) only with these values set
    /// (Microsoft: "Transport Layer Security (TLS) best practices with the .NET Framework").
    /// </summary>
    public const string SchUseStrongCrypto =
        @"reg add HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 /v SchUseStrongCrypto /t REG_DWORD /d 1 /f & " +
        @"reg add HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 /v SystemDefaultTlsVersions /t REG_DWORD /d 1 /f & " +
        @"reg add HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319 /v SchUseStrongCrypto /t REG_DWORD /d 1 /f & " +
        @"reg add HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319 /v SystemDefaultTlsVersions /t REG_DWORD /d 1 /f";

    public const string JavaImportCa =
        "keytool -importcert -alias server-ca -file ca.pem -cacerts -storepass changeit   " +
        "(Java 8: -keystore \"$JAVA_HOME/jre/lib/security/cacerts\" instead of -cacerts)";

    public static IEnumerable<Fix> For(RootCause cause, ClientProfile client, ServerScanResult scan)
    {
        var name = client.Name;
        switch (cause.Cause)
        {
            case CauseId.ProtocolMismatch when ClientTooOld(client, scan):
                if (IsDotNetFramework(client) && client.Versions.Max() < TlsVersion.Tls12)
                {
                    yield return new Fix(FixSide.Client, ".NET Framework", "enable TLS 1.2: " + SchUseStrongCrypto);
                }
                else if (IsJava(client))
                {
                    yield return new Fix(FixSide.Client, "Java",
                        "update to Java 11 or later (TLS 1.3 on by default); on Java 8u261+ start with -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3");
                }

                yield return Update(name, $"update {name} to a version that speaks {Versions(scan)}");
                break;
            case CauseId.ProtocolMismatch or CauseId.NoSharedCipher or CauseId.NoSharedGroupOrSignature or CauseId.DhTooSmall
                or CauseId.WeakCertificateKey or CauseId.WeakSignature:
                yield return Update(name, $"update {name}; do not weaken its settings — the server's setting is the one to fix");
                break;
            case CauseId.UnknownIssuer or CauseId.SelfSigned or CauseId.IncompleteChain:
                var what = cause.Cause == CauseId.IncompleteChain ? "the missing intermediate (or its root)" : "the server's CA";
                if (IsJava(client))
                {
                    yield return new Fix(FixSide.Client, "Java", $"import {what} into the Java truststore: {JavaImportCa}");
                }
                else if (IsDotNetFramework(client) || client.TrustStore == ClientTrustStore.Windows)
                {
                    yield return new Fix(FixSide.Client, "Windows", $"import {what}: certutil -addstore Root ca.pem");
                }
                else
                {
                    yield return new Fix(FixSide.Client, name,
                        $"trust {what}: cp ca.pem /usr/local/share/ca-certificates/server-ca.crt && update-ca-certificates (curl: --cacert ca.pem)");
                }

                break;
            case CauseId.HostnameMismatch:
                yield return Update(name, "connect with a name the certificate covers (see its subjectAltName)");
                break;
            case CauseId.SniRequired:
                yield return Update(name, $"update {name} to a version that sends SNI");
                break;
            case CauseId.NotTls when scan.Failure?.Service is ServiceKind.Smtp or ServiceKind.Imap or ServiceKind.Pop3 or ServiceKind.Ftp or ServiceKind.Xmpp:
                yield return Update(name,
                    $"connect with STARTTLS (openssl s_client -starttls {StartTlsName(scan.Failure!.Service)} -connect {scan.Target.Display}) " +
                    "or use the implicit-TLS port (465 submissions, 993 imaps, 995 pop3s, 990 ftps)");
                break;
            case CauseId.NotTls:
                yield return Update(name, "use the service's TLS port (https is usually 443), or its plain protocol on this one");
                break;
            case CauseId.ConnectionRefused or CauseId.Timeout or CauseId.HostNotFound:
                yield return Update(name, "check the host name and port the client is configured with");
                break;
        }
    }

    private static Fix Update(string client, string text) => new(FixSide.Client, client, text);

    private static bool IsJava(ClientProfile c) => c.Id.StartsWith("java-", StringComparison.OrdinalIgnoreCase);

    private static bool IsDotNetFramework(ClientProfile c) => c.Id.StartsWith("dotnet-4", StringComparison.OrdinalIgnoreCase);

    private static bool ClientTooOld(ClientProfile client, ServerScanResult scan)
    {
        var server = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).ToList();
        return server.Count > 0 && client.Versions.Count > 0 && client.Versions.Max() < server.Min();
    }

    private static string Versions(ServerScanResult scan) =>
        string.Join(" or ", scan.Protocols.Where(p => p.Supported).Select(p => p.Version.Name()));

    private static string StartTlsName(ServiceKind service) => service switch
    {
        ServiceKind.Pop3 => "pop3",
        ServiceKind.Imap => "imap",
        ServiceKind.Ftp => "ftp",
        ServiceKind.Xmpp => "xmpp",
        _ => "smtp",
    };
}
