using TlsDoctor.Analysis.Causes;

namespace TlsDoctor.Reporting.Explain;

/// <summary>The words both explain writers use for verdicts.</summary>
internal static class ExplainText
{
    public static string Verdict(Confirmation confirmation) => confirmation switch
    {
        Confirmation.Confirmed => "confirmed",
        Confirmation.RuledOut => "ruled out",
        _ => "cannot tell",
    };

    public static string VerdictKey(Confirmation confirmation) => Verdict(confirmation).Replace(' ', '_');
}
