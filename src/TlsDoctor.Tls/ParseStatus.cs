namespace TlsDoctor.Tls;

/// <summary>
/// Outcome of a codec parse. A diagnosis tool must tell "the peer has not sent it all yet"
/// from "the peer sent something that is not this message" (STYLE.md #1).
/// </summary>
public enum ParseStatus : byte
{
    /// <summary>A whole, well-formed message was read.</summary>
    Done,

    /// <summary>The bytes so far are a valid prefix; more are needed.</summary>
    NeedMoreData,

    /// <summary>The bytes cannot be this message, however many more arrive.</summary>
    Invalid,
}

/// <summary>A parse outcome with its value (when Done), the bytes consumed and, when Invalid, why.</summary>
public readonly record struct ParseResult<T>(ParseStatus Status, T? Value, int Consumed, string? Error)
{
    public bool IsDone => Status == ParseStatus.Done;

    public static ParseResult<T> Ok(T value, int consumed) => new(ParseStatus.Done, value, consumed, null);

    public static ParseResult<T> Truncated(string? what = null) => new(ParseStatus.NeedMoreData, default, 0, what);

    public static ParseResult<T> Malformed(string error) => new(ParseStatus.Invalid, default, 0, error);

    /// <summary>Carries a failed result of another message type through unchanged.</summary>
    public ParseResult<TOther> Cast<TOther>() => new(Status, default, 0, Error);
}
