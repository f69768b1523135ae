namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>
/// How a round of answers (one per <see cref="RobotVector"/>, in enum order) reads, following the paper's
/// robot-detect: identical answers show no oracle; differing ones, repeated identically, do.
/// </summary>
internal static class RobotVerdict
{
    /// <summary>Every vector in the order each round sends them.</summary>
    public static IReadOnlyList<RobotVector> Vectors { get; } = Enum.GetValues<RobotVector>();

    public static bool AllAlike(IReadOnlyList<RobotResponse> round) => round.Distinct().Count() == 1;

    public static bool Same(IReadOnlyList<RobotResponse> round, IReadOnlyList<RobotResponse> repeat) => round.SequenceEqual(repeat);

    /// <summary>
    /// A strong oracle answers "conformant" for messages that merely start 00 02 (the paper's and robot-detect's test:
    /// wrong first bytes answered unlike 0x00-in-the-wrong-place or no-0x00), so Bleichenbacher's attack needs few
    /// queries. A weak oracle treats those three alike and only tells fully correct messages (right length, perhaps
    /// right version) apart: still an oracle, but the attack then takes too many queries to be practical online.
    /// </summary>
    public static bool IsStrong(IReadOnlyList<RobotResponse> round)
    {
        var wrongFirst = round[(int)RobotVector.WrongFirstBytes];
        return wrongFirst != round[(int)RobotVector.ZeroInWrongPlace] || wrongFirst != round[(int)RobotVector.NoZeroSeparator];
    }

    /// <summary>"correct padding → alert bad_record_mac; wrong first bytes → …" for the evidence.</summary>
    public static string Describe(IReadOnlyList<RobotResponse> round) =>
        string.Join("; ", Vectors.Zip(round, (v, r) => $"{Name(v)} → {r}"));

    public static string Name(RobotVector vector) => vector switch
    {
        RobotVector.Correct => "correct padding",
        RobotVector.WrongFirstBytes => "wrong first bytes",
        RobotVector.ZeroInWrongPlace => "0x00 in the wrong place",
        RobotVector.NoZeroSeparator => "no 0x00 separator",
        RobotVector.WrongVersion => "wrong version",
        _ => vector.ToString(),
    };
}
