namespace TlsDoctor.Analysis.Grading;

/// <summary>One rule that held the grade down: which rule, to what, what in the scan triggered it, how to lift it, and where the rule is written.</summary>
public sealed record GradeCap(string Rule, Grade Cap, string Evidence, string Fix, string Source);

/// <summary>The three category scores of the rating guide and the combined score (0–100).</summary>
public sealed record ScoreParts(int Protocol, int KeyExchange, int Cipher, int Total);

/// <summary>An SSL Labs–style grade for one scanned server, with every cap that applied and what would lift it.</summary>
public sealed record GradeResult
{
    public required Grade Letter { get; init; }

    /// <summary>The letter the numeric score alone gives, before caps.</summary>
    public required Grade ScoreLetter { get; init; }

    public required ScoreParts Score { get; init; }

    /// <summary>Every rule that applied, worst cap first.</summary>
    public required IReadOnlyList<GradeCap> Caps { get; init; }

    /// <summary>Fixes, worst cap first, that would raise the grade.</summary>
    public required IReadOnlyList<string> WhatWouldLiftIt { get; init; }

    /// <summary>Things the grade could not take into account: HSTS when the service is not HTTP, vulnerability caps when no check ran.</summary>
    public required IReadOnlyList<string> NotChecked { get; init; }
}
