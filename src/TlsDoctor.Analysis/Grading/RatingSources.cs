namespace TlsDoctor.Analysis.Grading;

/// <summary>
/// Where each grading rule comes from. Every rule in <see cref="RatingGuide"/> and <see cref="CapRules"/> names one of these.
/// </summary>
/// <remarks>
/// What was read, and how closely (pages found with the search tool, November 2026):
/// <list type="bullet">
/// <item>The guide itself: the wiki text read is 2009o (8 May 2017) and the index shows 2009q (31 January 2020) with
/// the same Methodology Overview and Table 1. The wiki history names 2009r ("Added new grading rule 2009r for TLS 1.3
/// in SSLLabs 2.4.0") but its text was not found, so no 2009r-only rule is implemented; TLS 1.3 is scored as TLS 1.2.</item>
/// <item>2009c (Ristić's blog, February 2013), word for word: SSL 2.0 → F; insecure renegotiation → F; CRIME → B;
/// BEAST → B. BEAST is not applied: the BEAST check reports PotentiallyVulnerable at most (the mitigation is
/// client-side), and only Vulnerable caps.</item>
/// <item>January 2014 ("Stricter Security Requirements for 2014"), word for word: keys below 2048 bits → B, below 1024
/// → F; MD5 signatures → F (graded T here, as untrusted); warnings give A-; no secure renegotiation is a warning; A+
/// for "good configuration, no warnings, and good support for HTTP Strict Transport Security (long max-age is
/// required)". The 180-day floor (15552000 s) is SSL Labs' published threshold, not in that post.</item>
/// <item>December 2014 ("End of Year 2014 Updates"), word for word: SSL 3 → B (C if vulnerable to POODLE); SSL 3 only
/// → F; RC4 → B; incomplete chains → B (graded T here while the chain cannot be completed); A+ expects
/// TLS_FALLBACK_SCSV and a SHA-2 chain. POODLE against TLS → F is SSL Labs' December 2014 rule as its reports state
/// it; the announcing post itself was not found.</item>
/// <item>Grading tag page, word for word: RC4-only → F (October 2015); DROWN → F (2009l); CVE-2016-2107 → 2009m
/// (the F is from a user's report, not the post's text, which was cut off).</item>
/// <item>January 2017: 64-bit block ciphers with TLS 1.1+ → C; no TLS 1.2 → C. March 2018: no forward secrecy → B;
/// no AEAD → B; ROBOT → F. 2018/2020: TLS 1.0/1.1 → B. All word for word.</item>
/// <item>Heartbleed → F, exploitable CCS injection → F and Ticketbleed → F are SSL Labs' rules as its reports state
/// them (2014, 2014, 2017); no stored page with the announcement was found.</item>
/// </list>
/// </remarks>
public static class RatingSources
{
    /// <summary>Qualys SSL Labs, "SSL Server Rating Guide" (wiki text read: version 2009o, 8 May 2017; index: 2009q).</summary>
    public const string Guide = "https://github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide";

    /// <summary>Guide 2009c: SSL 2.0, insecure renegotiation, CRIME (and BEAST), as Ristić announced it.</summary>
    public const string Guide2009c = "https://blog.ivanristic.com/2013/02/ssl-labs-update-increases-security-requirements.html";

    /// <summary>January 2014: key sizes, warnings (A-), secure renegotiation warning, A+ with HSTS.</summary>
    public const string Grading2014 = "https://blog.qualys.com/product-tech/2014/01/21/ssl-labs-stricter-security-requirements-for-2014";

    /// <summary>December 2014: SSL 3 (B, C with POODLE, F alone), RC4 (B), A+ needs TLS_FALLBACK_SCSV.</summary>
    public const string EndOf2014 = "https://blog.qualys.com/product-tech/2014/12/08/ssl-labs-end-of-year-2014-updates";

    /// <summary>Heartbleed and CCS injection (2014): F, as SSL Labs reports them.</summary>
    public const string Vulnerabilities2014 = "https://www.ssllabs.com/ssltest/ (report text for Heartbleed and CVE-2014-0224)";

    /// <summary>RC4 as the only cipher: F from October 2015.</summary>
    public const string Rc4OnlyCap = "https://blog.qualys.com/tag/grading";

    /// <summary>Guide 2009l: DROWN → F.</summary>
    public const string DrownCap = "https://blog.qualys.com/tag/grading";

    /// <summary>Guide 2009m: OpenSSL CVE-2016-2107 (AES-NI padding oracle).</summary>
    public const string PaddingOracleCap = "https://blog.qualys.com/tag/grading";

    /// <summary>TLS 1.0/1.1 capped at B, live on www.ssllabs.com 31 January 2020.</summary>
    public const string Tls10And11Cap = "https://blog.qualys.com/ssllabs/2018/11/19/grade-change-for-tls-1-0-and-tls-1-1-protocols";

    /// <summary>No TLS 1.2: penalty raised from B to C (SSL Labs 1.17.10, May 2015).</summary>
    public const string NoTls12Cap = "https://blog.qualys.com/product-tech/2015/05/22/ssl-labs-increased-penalty-when-tls-12-is-not-supported";

    /// <summary>3DES and every 64-bit block cipher with TLS 1.1+ capped at C (SSL Labs 1.28.3, April 2017).</summary>
    public const string Sweet32Cap = "https://blog.qualys.com/product-tech/2017/01/18/ssl-labs-grading-changes-january-2017";

    /// <summary>Qualys' own statement that SSL Labs caps servers without forward secrecy at B.</summary>
    public const string ForwardSecrecyCap = "https://docs.qualys.com/en/certview/latest/scans/ssl_grading.htm";

    /// <summary>March 2018 (SSL Labs 1.31.0): no forward secrecy → B, no AEAD → B, ROBOT → F.</summary>
    public const string Grading2018 = "https://blog.qualys.com/product-tech/2018/02/02/forward-secrecy-authenticated-encryption-and-robot-grading-update";

    /// <summary>Qualys' plan for 2017 grading (3DES, SHA-1 certificates no longer trusted, Ticketbleed and more).</summary>
    public const string Grading2017 = "https://blog.qualys.com/product-tech/2016/11/16/announcing-ssl-labs-grading-changes-for-2017";
}
