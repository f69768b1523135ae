using TlsDoctor.Scanning;
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
    /// tell, so any acceptance at TLS 1.1+ counts.
    /// </summary>
    public static GradeCap? Sweet32(ServerScanResult scan)
    {
        var found = AtTls11OrLater(scan, Has64BitBlock);
        return found.Count > 0
            ? new("sweet32_64bit_block", Grade.C, $"{BlockBits64}-bit block ciphers accepted at TLS 1.1+: {Names(found)}",
                "remove 3DES/DES/IDEA suites (OpenSSL cipher string: add !3DES)", RatingSources.Sweet32Cap)
            : null;
    }

    /// <summary>Guide, "Changes": RC4 with TLS 1.1+ is C, RC4 only with older protocols is B.</summary>
    public static GradeCap? Rc4(ServerScanResult scan)
    {
        var rc4 = CategoryScores.AcceptedSuites(scan).Where(s => s.Cipher == BulkCipher.Rc4).ToList();
        if (rc4.Count == 0)
        {
            return null;
        }

        var modern = AtTls11OrLater(scan, s => s.Cipher == BulkCipher.Rc4).Count > 0;
        return new("rc4", modern ? Grade.C : Grade.B,
            $"RC4 accepted{(modern ? " with TLS 1.1+" : "")}: {Names(rc4)}", "remove RC4 suites (OpenSSL cipher string: add !RC4)", RatingSources.Guide);
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
    /// Qualys: no forward secrecy: B. SSL Labs judges it from browser simulations; here it applies when no accepted
    /// suite at the best protocol has forward secrecy.
    /// </summary>
    public static GradeCap? NoForwardSecrecy(ServerScanResult scan)
    {
        var best = scan.CipherSuites.Where(c => c.Accepted.Count > 0 && c.Version != TlsVersion.SSLv2).MaxBy(c => c.Version);
        return best is not null && !best.Accepted.Any(s => s.ForwardSecrecy)
            ? new("no_forward_secrecy", Grade.B, $"no ECDHE/DHE suite at {best.Version.Name()}",
                "offer ECDHE suites first (ECDHE-ECDSA/RSA-AES128-GCM-SHA256) and enable TLS 1.3", RatingSources.ForwardSecrecyCap)
            : null;
    }

    /// <summary>Guide, "Changes": no secure renegotiation (RFC 5746) is a warning: A-.</summary>
    public static GradeCap? NoSecureRenegotiation(ServerScanResult scan) => scan.Features?.SecureRenegotiation == false
        ? new("no_secure_renegotiation", Grade.AMinus, "renegotiation_info not answered (RFC 5746)",
            "upgrade the TLS library; every maintained one supports RFC 5746", RatingSources.Guide)
        : null;

    /// <summary>Guide, "Changes": TLS_FALLBACK_SCSV not honoured (RFC 7507) with more than one protocol: A-.</summary>
    public static GradeCap? NoFallbackScsv(ServerScanResult scan) => scan.Features?.FallbackScsv == false
        ? new("no_fallback_scsv", Grade.AMinus, "a fallback hello with TLS_FALLBACK_SCSV was not refused (RFC 7507)",
            "upgrade the TLS library to one that honours TLS_FALLBACK_SCSV, or leave only TLS 1.2+", RatingSources.Guide)
        : null;
}
