using TlsDoctor.Analysis.Causes;
using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Explain;

/// <summary>
/// An explanation checked against a scan of the server: the verdict on each candidate cause, plus the scan's own
/// connection failure when it is not among them (an unreachable or non-TLS target is a finding, not an error).
/// </summary>
/// <param name="Checks">One per candidate cause, in the explanation's order; a scan failure cause not among them comes last.</param>
public sealed record TargetVerdict(string Target, IReadOnlyList<CauseCheck> Checks)
{
    public IReadOnlyList<CauseCheck> Confirmed => [.. Checks.Where(c => c.Confirmation == Confirmation.Confirmed)];

    /// <summary>One line saying which cause holds, with its fix; or that none was confirmed, and what that means.</summary>
    public string Conclusion => Confirmed.FirstOrDefault() is { } held
        ? $"Confirmed: {held.Evidence}." + (held.Fix is { } fix ? $" Fix: {fix}." : "")
        : Checks.All(c => c.Confirmation == Confirmation.RuledOut)
            ? "Not confirmed: the server shows none of these causes; look at the client's side (its trust store, its TLS settings) or what lies between them."
            : "Not confirmed: the scan could not decide some causes (marked 'cannot tell'); check those on the client's side.";

    /// <summary>Runs every candidate cause's check against <paramref name="result"/>.</summary>
    public static TargetVerdict For(Explanation explanation, ServerScanResult result)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(result);
        var hint = explanation.Family?.ToString();
        var checks = explanation.Causes.Select(c => CauseConfirmation.Check(c.Id, result, hint)).ToList();
        if (CauseConfirmation.ScanFailureCause(result) is { } own && checks.All(c => c.Cause != own))
        {
            checks.Add(CauseConfirmation.Check(own, result, hint));
        }

        return new TargetVerdict(result.Target.Display, checks);
    }
}
