using System.Globalization;
using System.Text;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>
/// Text from a server (banners, ALPN names, certificate names) made safe for a terminal: control characters are
/// shown as escapes ("\x1b"), so a hostile peer cannot move the cursor or rewrite the report.
/// </summary>
internal static class Printable
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!char.IsControl(c))
            {
                sb.Append(c);
            }
            else if (c <= 0xFF)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
