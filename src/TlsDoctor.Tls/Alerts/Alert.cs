using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Alerts;

/// <summary>An alert as received (RFC 8446 §6: struct { AlertLevel level; AlertDescription description; }).</summary>
public sealed record Alert(AlertLevel Level, AlertDescription Description)
{
    public const int Length = 2;

    /// <summary>Parses an alert record's fragment (exactly two bytes, RFC 8446 §6).</summary>
    public static ParseResult<Alert> ParseFragment(ReadOnlySpan<byte> fragment)
    {
        if (fragment.Length < Length)
        {
            return ParseResult<Alert>.Truncated("alert");
        }

        if (fragment[0] is not ((byte)AlertLevel.Warning or (byte)AlertLevel.Fatal))
        {
            return ParseResult<Alert>.Malformed($"alert level {fragment[0]} is neither warning nor fatal");
        }

        return ParseResult<Alert>.Ok(new Alert((AlertLevel)fragment[0], (AlertDescription)fragment[1]), Length);
    }

    /// <summary>The record bytes for this alert.</summary>
    public byte[] Encode(ushort recordVersion = (ushort)TlsVersion.Tls12) =>
        TlsRecord.Encode(ContentType.Alert, recordVersion, [(byte)Level, (byte)Description]);
}
