namespace TlsDoctor.Analysis.Causes;

/// <summary>What a scan says about one candidate cause.</summary>
public enum Confirmation : byte
{
    /// <summary>The scan shows the cause.</summary>
    Confirmed,
    /// <summary>The scan shows it is not the cause (for what was checked).</summary>
    RuledOut,
    /// <summary>The scan cannot decide it (not reached, not checked, or not visible from the server side).</summary>
    CannotTell,
}

/// <summary>The verdict on one cause against one scan: what was checked, what was seen, and the fix when confirmed.</summary>
/// <param name="Evidence">What was checked and what the scan showed, in one sentence.</param>
/// <param name="Fix">How to fix it, when confirmed and the scan knows (e.g. the chain analysis problem's fix).</param>
public sealed record CauseCheck(CauseId Cause, Confirmation Confirmation, string Evidence, string? Fix = null);
