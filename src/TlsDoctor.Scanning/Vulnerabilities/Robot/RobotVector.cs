namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>
/// The five premaster-secret plaintexts the ROBOT paper (Böck, Somorovsky, Young, USENIX Security 2018, §3 and its
/// robot-detect tool) sends to tell a Bleichenbacher oracle from a server that treats every bad padding alike.
/// </summary>
public enum RobotVector : byte
{
    /// <summary>PKCS#1 v1.5 as RFC 5246 §7.4.7.1 wants it: 00 02, padding, 00, client_version, 46 random bytes.</summary>
    Correct,

    /// <summary>As <see cref="Correct"/> but starting 41 17: not PKCS#1 conformant at all.</summary>
    WrongFirstBytes,

    /// <summary>Starts 00 02, but the 00 separator sits two bytes from the end, so the message is 1 byte, not 48.</summary>
    ZeroInWrongPlace,

    /// <summary>Starts 00 02 and has no 00 anywhere after it: no separator.</summary>
    NoZeroSeparator,

    /// <summary>Correct padding and length, but the premaster secret carries version 02 02 (Klíma–Pokorný–Rosa's check).</summary>
    WrongVersion,
}
