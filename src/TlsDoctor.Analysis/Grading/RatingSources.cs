namespace TlsDoctor.Analysis.Grading;

/// <summary>Where each grading rule comes from. Every rule in <see cref="RatingGuide"/> and <see cref="CapRules"/> names one of these.</summary>
public static class RatingSources
{
    /// <summary>Qualys SSL Labs, "SSL Server Rating Guide" (the wiki text read is version 2009o, 8 May 2017).</summary>
    public const string Guide = "https://github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide";

    /// <summary>TLS 1.0/1.1 capped at B, live on www.ssllabs.com 31 January 2020.</summary>
    public const string Tls10And11Cap = "https://blog.qualys.com/ssllabs/2018/11/19/grade-change-for-tls-1-0-and-tls-1-1-protocols";

    /// <summary>No TLS 1.2: penalty raised from B to C (SSL Labs 1.17.10, May 2015).</summary>
    public const string NoTls12Cap = "https://blog.qualys.com/product-tech/2015/05/22/ssl-labs-increased-penalty-when-tls-12-is-not-supported";

    /// <summary>3DES and every 64-bit block cipher with TLS 1.1+ capped at C (SSL Labs 1.28.3, April 2017).</summary>
    public const string Sweet32Cap = "https://blog.qualys.com/product-tech/2017/01/18/ssl-labs-grading-changes-january-2017";

    /// <summary>Qualys' own statement that SSL Labs caps servers without forward secrecy at B.</summary>
    public const string ForwardSecrecyCap = "https://docs.qualys.com/en/certview/latest/scans/ssl_grading.htm";

    /// <summary>Qualys' plan for 2017 grading (3DES, SHA-1 certificates no longer trusted, and more).</summary>
    public const string Grading2017 = "https://blog.qualys.com/product-tech/2016/11/16/announcing-ssl-labs-grading-changes-for-2017";
}
