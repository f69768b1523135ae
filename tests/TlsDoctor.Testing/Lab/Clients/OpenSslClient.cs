using System.Globalization;
using System.Text.RegularExpressions;

namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>One real handshake with <c>openssl s_client</c> (the client side of the lab's OpenSSL 3.0).</summary>
public static partial class OpenSslClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Connects to <paramref name="target"/> with SNI "localhost", allowing only <paramref name="protocol"/>
    /// and, when given, only <paramref name="suites"/> (IANA names, offered in that order; every suite
    /// OpenSSL has at security level 0 otherwise). With <paramref name="caFile"/> the chain is also verified
    /// for host "localhost" at authentication level 2 (RSA ≥ 2048, no SHA-1), reported in
    /// <see cref="HandshakeResult.VerifyCode"/>; a verification error does not stop the handshake.
    /// </summary>
    public static async Task<HandshakeResult> HandshakeAsync(
        LabTarget target, string protocol, IReadOnlyList<string>? suites = null, string? caFile = null)
    {
        var names = await OpenSslCipherNames.GetAsync();
        List<string> arguments =
        [
            "s_client", "-connect", $"{LabTarget.Host}:{target.Port}", "-servername", "localhost", ProtocolFlag(protocol),
        ];
        if (protocol == LabProtocols.Tls13)
        {
            if (suites is not null)
            {
                arguments.AddRange(["-ciphersuites", string.Join(':', suites)]);
            }
        }
        else
        {
            var list = suites is null
                ? "ALL:COMPLEMENTOFALL"
                : string.Join(':', suites.Select(s => names.ToOpenSsl(s)
                    ?? throw new ArgumentException($"this OpenSSL cannot offer {s}; use GnuTlsClient", nameof(suites))));
            arguments.AddRange(["-cipher", list + ":@SECLEVEL=0"]);
        }

        if (caFile is not null)
        {
            arguments.AddRange(["-CAfile", caFile, "-verify_hostname", "localhost", "-auth_level", "2"]);
        }

        var run = await ToolRun.RunAsync(ToolRun.OpenSsl(), arguments, Timeout);
        return Parse(run, names);
    }

    private static HandshakeResult Parse(ToolRun.Result run, OpenSslCipherNames names)
    {
        var output = run.Output;
        // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384": for TLS 1.2 and below the version there is the
        // suite's minimum version, so the protocol comes from the "SSL-Session:" block, which TLS 1.3
        // prints only once a session ticket arrived.
        var newLine = NewSessionLine().Match(output);
        var cipher = newLine.Success ? newLine.Groups[2].Value : null;
        var protocol = First(ProtocolLine(), output) ?? (newLine.Success && newLine.Groups[1].Value == LabProtocols.Tls13 ? LabProtocols.Tls13 : null);
        var succeeded = run.ExitCode == 0 && !run.TimedOut && protocol is not null && cipher is not null
            && cipher != "0000" && cipher != "(NONE)";
        var dh = First(DhTempKeyLine(), output);
        var verify = First(VerifyLine(), output);
        return new HandshakeResult(
            succeeded,
            succeeded ? (protocol == "TLSv1" ? LabProtocols.Tls10 : protocol) : null,
            succeeded ? names.ToIana(cipher!) ?? cipher : null,
            dh is null ? null : int.Parse(dh, CultureInfo.InvariantCulture),
            verify is null ? null : int.Parse(verify, CultureInfo.InvariantCulture),
            "openssl s_client",
            $"openssl exit {run.ExitCode}{(run.TimedOut ? " (timed out)" : "")}\n{output}");
    }

    private static string ProtocolFlag(string protocol) => protocol switch
    {
        LabProtocols.Tls10 => "-tls1",
        LabProtocols.Tls11 => "-tls1_1",
        LabProtocols.Tls12 => "-tls1_2",
        LabProtocols.Tls13 => "-tls1_3",
        _ => throw new ArgumentException($"OpenSSL 3.0 cannot speak {protocol}", nameof(protocol)),
    };

    private static string? First(Regex regex, string text)
    {
        var match = regex.Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*Protocol\s*:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex ProtocolLine();

    [GeneratedRegex(@"^New, (\S+), Cipher is (\S+)", RegexOptions.Multiline)]
    private static partial Regex NewSessionLine();

    [GeneratedRegex(@"^Server Temp Key: DH, (\d+) bits", RegexOptions.Multiline)]
    private static partial Regex DhTempKeyLine();

    [GeneratedRegex(@"Verify return code: (\d+)")]
    private static partial Regex VerifyLine();
}
