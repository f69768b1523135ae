using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

public static partial class CapRules
{
    private const int BlockBits64 = 64;

    private static bool Has64BitBlock(CipherSuite suite) => suite.Cipher is BulkCipher.TripleDes or BulkCipher.Des
        or BulkCipher.Des40 or BulkCipher.Idea or BulkCipher.Rc2 or BulkCipher.Magma;

    private static List<CipherSuite> AtTls11OrLater(ServerScanResult scan, Func<CipherSuite, bool> which) =>
        [.. scan.CipherSuites.Where(c => c.Version >= TlsVersion.Tls11 && c.Version != TlsVersion.SSLv2)
            .SelectMany(c => c.Accepted).Where(which)];

    /// <summary>
    /// Qualys, January 2017: ciphers with a 64-bit block (3DES; SWEET32) usable with TLS 1.1 and later: C.
    /// SSL Labs spares servers whose order keeps them last for old clients; a scan without browser simulation cannot
    /// tell, so any acceptance at TLS 1.1+ counts. Without suite data the SWEET32 check's finding stands in.
    /// </summary>
    public static GradeCap? Sweet32(ServerScanResult scan)
    {
        const string fix = "remove 3DES/DES/IDEA suites (OpenSSL cipher string: add !3DES)";
        var found = AtTls11OrLater(scan, Has64BitBlock);
        if (found.Count > 0)
        {
            return new("sweet32_64bit_block", Grade.C, $"{BlockBits64}-bit block ciphers accepted at TLS 1.1+: {Names(found)}", fix, RatingSources.Sweet32Cap);
        }

        return scan.CipherSuites.Count == 0 && Vulnerable(scan, VulnerabilityIds.Sweet32) is { } sweet32
            ? new("sweet32_64bit_block", Grade.C, Shown(sweet32), fix, RatingSources.Sweet32Cap)
            : null;
    }

    /// <summary>
    /// Qualys, December 2014: RC4 supported: B; the 2014 guide's warning for RC4 with TLS 1.1+ became C; Qualys,
    /// October 2015: RC4 as the only cipher: F. Without suite data the RC4 check's finding stands in (B).
    /// </summary>
    public static GradeCap? Rc4(ServerScanResult scan)
    {
        const string fix = "remove RC4 suites (OpenSSL cipher string: add !RC4)";
        var accepted = CategoryScores.AcceptedSuites(scan);
        var rc4 = accepted.Where(s => s.Cipher == BulkCipher.Rc4).ToList();
        if (rc4.Count == 0)
        {
            return accepted.Count == 0 && Vulnerable(scan, VulnerabilityIds.Rc4) is { } check
                ? new("rc4", Grade.B, Shown(check), fix, RatingSources.EndOf2014)
                : null;
        }

        if (rc4.Count == accepted.Count)
        {
            return new("rc4", Grade.F, $"RC4 is the only cipher: {Names(rc4)}", fix, RatingSources.Rc4OnlyCap);
        }

        var modern = AtTls11OrLater(scan, s => s.Cipher == BulkCipher.Rc4).Count > 0;
        return new("rc4", modern ? Grade.C : Grade.B,
            $"RC4 accepted{(modern ? " with TLS 1.1+" : "")}: {Names(rc4)}", fix, modern ? RatingSources.Guide : RatingSources.EndOf2014);
    }

    /// <summary>Qualys, 2018 announcement live 31 January 2020: TLS 1.0 or TLS 1.1 supported: B.</summary>
    public static GradeCap? Tls10And11(ServerScanResult scan)
    {
        var old = Versions(scan).Where(v => v is TlsVersion.Tls10 or TlsVersion.Tls11).ToList();
        return old.Count > 0
            ? new("tls10_tls11", Grade.B, $"the server accepts {string.Join(" and ", old.Select(v => v.Name()))}",
                "disable TLS 1.0 and 1.1 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)", RatingSources.Tls10And11Cap)
            : null;
    }

    /// <summary>
    /// Qualys, March 2018: no forward secrecy: B. SSL Labs judges it from browser simulations; here it applies when no
    /// accepted suite at the best protocol has forward secrecy.
    /// </summary>
    public static GradeCap? NoForwardSecrecy(ServerScanResult scan)
    {
        var best = scan.CipherSuites.Where(c => c.Accepted.Count > 0 && c.Version != TlsVersion.SSLv2).MaxBy(c => c.Version);
        return best is not null && !best.Accepted.Any(s => s.ForwardSecrecy)
            ? new("no_forward_secrecy", Grade.B, $"no ECDHE/DHE suite at {best.Version.Name()}",
                "offer ECDHE suites first (ECDHE-ECDSA/RSA-AES128-GCM-SHA256) and enable TLS 1.3", RatingSources.Grading2018)
            : null;
    }

    /// <summary>
    /// Qualys, March 2018: no AEAD suite at all: B. SSL Labs spares servers that negotiate AEAD with clients that can;
    /// a server that accepts even one AEAD suite is spared here.
    /// </summary>
    public static GradeCap? NoAead(ServerScanResult scan)
    {
        var accepted = CategoryScores.AcceptedSuites(scan);
        return accepted.Count > 0 && !accepted.Any(s => s.IsAead)
            ? new("no_aead", Grade.B, $"no AEAD (GCM, CCM, ChaCha20-Poly1305) suite among {accepted.Count} accepted",
                "offer AES-GCM or ChaCha20-Poly1305 suites (ECDHE-RSA-AES128-GCM-SHA256) and enable TLS 1.3", RatingSources.Grading2018)
            : null;
    }

    /// <summary>
    /// Qualys, January 2014: no secure renegotiation (RFC 5746) is a warning: A-. From the hello's renegotiation_info,
    /// else from the secure-renegotiation check.
    /// </summary>
    public static GradeCap? NoSecureRenegotiation(ServerScanResult scan)
    {
        const string fix = "upgrade the TLS library; every maintained one supports RFC 5746";
        if (scan.Features?.SecureRenegotiation == false)
        {
            return new("no_secure_renegotiation", Grade.AMinus, "renegotiation_info not answered (RFC 5746)", fix, RatingSources.Grading2014);
        }

        return Vulnerable(scan, VulnerabilityIds.SecureRenegotiation) is { } check
            ? new("no_secure_renegotiation", Grade.AMinus, Shown(check), fix, RatingSources.Grading2014)
            : null;
    }

    /// <summary>
    /// Qualys, December 2014: A+ expects TLS_FALLBACK_SCSV (RFC 7507) to be honoured, so without it the grade stops at A.
    /// From the fallback probe, else from the fallback-scsv check.
    /// </summary>
    public static GradeCap? NoFallbackScsv(ServerScanResult scan)
    {
        const string fix = "upgrade the TLS library to one that honours TLS_FALLBACK_SCSV, or leave only TLS 1.2+";
        if (scan.Features?.FallbackScsv == false)
        {
            return new("no_fallback_scsv", Grade.A, "a fallback hello with TLS_FALLBACK_SCSV was not refused (RFC 7507)", fix, RatingSources.EndOf2014);
        }

        return Vulnerable(scan, VulnerabilityIds.FallbackScsv) is { } check
            ? new("no_fallback_scsv", Grade.A, Shown(check), fix, RatingSources.EndOf2014)
            : null;
    }
}
