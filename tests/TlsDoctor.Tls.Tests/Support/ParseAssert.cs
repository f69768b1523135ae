namespace TlsDoctor.Tls.Tests.Support;

/// <summary>Assertions shared by the wire tests: truncated versus malformed (STYLE.md #1, #12).</summary>
internal static class ParseAssert
{
    /// <summary>Every proper prefix (length 0 … n-1) of a valid message is "need more data", never "invalid".</summary>
    public static void EveryProperPrefixNeedsMoreData<T>(byte[] message, Func<byte[], ParseResult<T>> parse)
    {
        for (var length = 0; length < message.Length; length++)
        {
            var result = parse(message[..length]);
            Assert.True(
                result.Status == ParseStatus.NeedMoreData,
                $"prefix of {length}/{message.Length} bytes gave {result.Status} ({result.Error}); expected NeedMoreData");
        }
    }

    /// <summary>The whole message parses, consuming exactly its length, and returns the value.</summary>
    public static T Done<T>(ParseResult<T> result, int expectedConsumed)
    {
        Assert.True(result.Status == ParseStatus.Done, $"expected Done, got {result.Status}: {result.Error}");
        Assert.Equal(expectedConsumed, result.Consumed);
        Assert.NotNull(result.Value);
        return result.Value!;
    }

    /// <summary>Invalid, with an error a person can read that mentions <paramref name="expectedInError"/>.</summary>
    public static void Invalid<T>(ParseResult<T> result, string expectedInError)
    {
        Assert.True(result.Status == ParseStatus.Invalid, $"expected Invalid, got {result.Status}: {result.Error}");
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Contains(expectedInError, result.Error!, StringComparison.OrdinalIgnoreCase);
    }
}
