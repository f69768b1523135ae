namespace TlsDoctor.Certificates.Problems;

/// <summary>How much a problem matters: Error breaks handshakes for mainstream clients; Warning will or may; Info is advice.</summary>
public enum Severity : byte
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One thing wrong with a chain, with the evidence for it and the fix, e.g. code "incomplete_chain",
/// evidence "the server sends only the leaf; its issuer 'CN=R11' is not in the chain", fix "install the
/// intermediate 'CN=R11' (from http://r11.i.lencr.org/) after the leaf in your certificate file".
/// </summary>
/// <param name="Code">A stable identifier from <see cref="ProblemCodes"/> (machine-readable, used by tests and policies).</param>
/// <param name="CertificateIndex">Which certificate of the chain as sent it concerns (0 = leaf), or null for the chain as a whole.</param>
public sealed record CertificateProblem(string Code, Severity Severity, string Summary, string Evidence, string Fix, int? CertificateIndex = null);
