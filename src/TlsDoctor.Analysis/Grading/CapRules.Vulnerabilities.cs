using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

// Caps read from the vulnerability checks (scan.Vulnerabilities). Only Vulnerable caps: PotentiallyVulnerable means the
// wire cannot show exploitability (BEAST, LUCKY13, BREACH), and SSL Labs does not cap on those. The fix is the check's own.
public static partial class CapRules
{
    private static GradeCap? FromCheck(ServerScanResult scan, string id, string rule, Grade cap, string source) =>
        Vulnerable(scan, id) is { } found ? new(rule, cap, Shown(found), found.Info.Fix, source) : null;

    /// <summary>Heartbleed (CVE-2014-0160): F (SSL Labs, April 2014).</summary>
    public static GradeCap? Heartbleed(ServerScanResult scan) =>
        FromCheck(scan, VulnerabilityIds.Heartbleed, "heartbleed", Grade.F, RatingSources.Vulnerabilities2014);

    /// <summary>OpenSSL CCS injection (CVE-2014-0224), when exploitable (the check says Vulnerable): F (SSL Labs, June 2014).</summary>
    public static GradeCap? CcsInjection(ServerScanResult scan) =>
        FromCheck(scan, VulnerabilityIds.CcsInjection, "ccs_injection", Grade.F, RatingSources.Vulnerabilities2014);

    /// <summary>Ticketbleed (CVE-2016-9244): F (SSL Labs, February 2017).</summary>
    public static GradeCap? Ticketbleed(ServerScanResult scan) =>
        FromCheck(scan, VulnerabilityIds.Ticketbleed, "ticketbleed", Grade.F, RatingSources.Grading2017);

    /// <summary>Qualys, March 2018: ROBOT: F ("Penalty for ROBOT vulnerability (F)").</summary>
    public static GradeCap? Robot(ServerScanResult scan) =>
        FromCheck(scan, VulnerabilityIds.Robot, "robot", Grade.F, RatingSources.Grading2018);

    /// <summary>Guide 2009l (March 2016): vulnerable to DROWN, even without SSL 2.0 on this server: F.</summary>
    public static GradeCap? Drown(ServerScanResult scan) =>
        FromCheck(scan, VulnerabilityIds.Drown, "drown", Grade.F, RatingSources.DrownCap);

    /// <summary>
    /// Guide 2009m (May 2016): the OpenSSL AES-NI padding oracle CVE-2016-2107: F. No check of its own here; any check
    /// that finds the server vulnerable and names the CVE counts.
    /// </summary>
    public static GradeCap? OpenSslPaddingOracle(ServerScanResult scan) =>
        scan.Vulnerabilities.FirstOrDefault(v => v.IsVulnerable && v.Info.Cves.Contains(PaddingOracleCve, StringComparer.OrdinalIgnoreCase)) is { } found
            ? new("openssl_padding_oracle", Grade.F, Shown(found), found.Info.Fix, RatingSources.PaddingOracleCap)
            : null;

    private const string PaddingOracleCve = "CVE-2016-2107";

    /// <summary>
    /// POODLE against TLS (padding not checked in TLS CBC records; Qualys, December 2014): F. A POODLE finding on a
    /// server that accepts SSL 3 is the SSL 3 attack, which <see cref="SslV3"/> caps at C.
    /// </summary>
    public static GradeCap? PoodleTls(ServerScanResult scan) =>
        !Versions(scan).Contains(TlsVersion.SSLv3)
            ? FromCheck(scan, VulnerabilityIds.Poodle, "poodle_tls", Grade.F, RatingSources.EndOf2014)
            : null;

    /// <summary>
    /// Guide "Changes" 2009c: insecure renegotiation is not allowed: F. That is a server without RFC 5746 that
    /// still lets the client renegotiate (the 2009 splicing attack, CVE-2009-3555); client-initiated renegotiation
    /// with RFC 5746 is a DoS concern SSL Labs reports but does not grade.
    /// </summary>
    public static GradeCap? InsecureRenegotiation(ServerScanResult scan)
    {
        var noRfc5746 = scan.Features?.SecureRenegotiation == false || Vulnerable(scan, VulnerabilityIds.SecureRenegotiation) is not null;
        return noRfc5746 && Vulnerable(scan, VulnerabilityIds.ClientRenegotiation) is { } client
            ? new("insecure_renegotiation", Grade.F, $"no RFC 5746 support, and {Shown(client)}", client.Info.Fix, RatingSources.Guide2009c)
            : null;
    }

    /// <summary>Guide "Changes" 2009c: TLS compression (CRIME): B. From the hello's compression method, else from the CRIME check.</summary>
    public static GradeCap? Crime(ServerScanResult scan)
    {
        const string fix = "disable TLS compression (every maintained TLS library has it off; OpenSSL: SSL_OP_NO_COMPRESSION)";
        if (scan.Features?.Compression == true)
        {
            return new("crime", Grade.B, "the server chose DEFLATE compression when offered (CRIME)", fix, RatingSources.Guide2009c);
        }

        return FromCheck(scan, VulnerabilityIds.Crime, "crime", Grade.B, RatingSources.Guide2009c);
    }
}
