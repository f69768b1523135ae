namespace TlsDoctor.Analysis.Grading;

/// <summary>SSL Labs letter grades, best first, so a larger value is a worse grade; T and M sit outside A–F.</summary>
public enum Grade : byte
{
    APlus, A, AMinus, B, C, D, E, F,

    /// <summary>Certificate not trusted (rating guide, Methodology Overview step 4).</summary>
    T,

    /// <summary>Certificate name mismatch (rating guide, Methodology Overview step 4).</summary>
    M,
}

/// <summary>How grades are shown.</summary>
public static class GradeText
{
    public static string Show(this Grade grade) => grade switch
    {
        Grade.APlus => "A+",
        Grade.AMinus => "A-",
        _ => grade.ToString(),
    };
}
