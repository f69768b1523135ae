using System.Text;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>Enum names as JSON values: "DnsFailure" → "dns_failure", "NotTls" → "not_tls".</summary>
internal static class SnakeCase
{
    public static string Of<T>(T value) where T : struct, Enum => Convert(value.ToString());

    public static string Convert(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && StartsWord(pascal, i))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    // A capital starts a word after a lower-case letter or digit, or as the last capital of an acronym ("HttpServer", "HTTPServer" → "http_server").
    private static bool StartsWord(string s, int i) =>
        char.IsLower(s[i - 1]) || char.IsDigit(s[i - 1])
        || (char.IsUpper(s[i - 1]) && i + 1 < s.Length && char.IsLower(s[i + 1]));
}
