using System.Text.RegularExpressions;

namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>One real handshake with <c>gnutls-cli</c>, for suites OpenSSL 3.0 cannot offer (3DES, RC4).</summary>
public static partial class GnuTlsClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Offers only <paramref name="ianaSuite"/> at only <paramref name="protocol"/>; no certificate checks.</summary>
    public static async Task<HandshakeResult> HandshakeAsync(LabTarget target, string protocol, string ianaSuite)
    {
        var priority = GnuTlsSuite.Priority(protocol, ianaSuite);
        var run = await ToolRun.RunAsync(ToolRun.GnuTlsCli(),
            ["--insecure", "--sni-hostname", "localhost", "--priority", priority, "-p", $"{target.Port}", LabTarget.Host],
            Timeout);

        // "- Description: (TLS1.2-X.509)-(ECDHE-SECP256R1)-(RSA-SHA256)-(3DES-CBC)-(SHA1)"
        var description = DescriptionLine().Match(run.Output);
        var completed = run.Output.Contains("- Handshake was completed", StringComparison.Ordinal) && description.Success;
        var negotiated = completed ? "TLSv" + description.Groups[1].Value : null;
        var cipherMatches = completed && description.Value.Contains($"-({GnuTlsSuite.CipherName(ianaSuite)})-", StringComparison.Ordinal);
        return new HandshakeResult(
            completed,
            negotiated,
            completed ? (cipherMatches ? ianaSuite : description.Value) : null,
            DhGroupBits: null,
            VerifyCode: null,
            "gnutls-cli",
            $"gnutls-cli --priority {priority}: exit {run.ExitCode}{(run.TimedOut ? " (timed out)" : "")}\n{run.Output}");
    }

    [GeneratedRegex(@"- Description: \(TLS(1\.[0-3])-[^\n]*")]
    private static partial Regex DescriptionLine();
}
