using System.Globalization;
using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// What "/" over HTTPS answered: status, HSTS with its problems, compression (BREACH's precondition), the server's
/// name, a redirect, the plain-HTTP port's redirect, then the audited security headers and cookies.
/// Everything here came from the server, so all of it goes through <see cref="Printable"/>.
/// </summary>
internal static class HttpSection
{
    private const long SecondsPerDay = 86_400;

    public static void Write(IAnsiConsole console, ServerScanResult result)
    {
        if (result.Http is not { } http)
        {
            return;
        }

        TargetSection.Heading(console, "HTTP");
        if (!http.IsHttp)
        {
            var why = http.Error is { } error ? FailureText.Error(error) : "the service did not answer HTTP";
            console.Write(new Text($"  not HTTP: {why}\n", Palette.Dim));
            return;
        }

        var grid = TargetSection.Labels();
        var status = http.StatusCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "no status";
        TargetSection.AddRow(grid, "Status", status);
        var (hsts, hstsStyle) = HstsText(http.Hsts);
        TargetSection.AddRow(grid, "HSTS", hsts, hstsStyle);
        foreach (var problem in http.Hsts?.Problems ?? [])
        {
            TargetSection.AddRow(grid, "", $"{AnalysisLines.ProblemMark} {Printable.Of(problem)}", Palette.Warn);
        }

        TargetSection.AddRow(
            grid,
            "Compression",
            http.ContentEncoding is { } encoding ? $"{Printable.Of(encoding)} (a BREACH precondition when pages reflect input next to secrets)" : "none",
            http.ContentEncoding is null ? Palette.Good : Palette.Warn);
        TargetSection.AddRow(grid, "Server", http.Server is { } server ? Printable.Of(server) : "(not named)");
        if (http.Location is { } location)
        {
            TargetSection.AddRow(grid, "Redirect", $"→ {Printable.Of(location)}");
        }

        if (http.PlainHttp is { } plain)
        {
            var (text, style) = PlainHttpText(plain);
            TargetSection.AddRow(grid, $"HTTP port {plain.Port}", text, style);
        }

        if (http.Error is { } partial)
        {
            TargetSection.AddRow(grid, "Error", FailureText.Error(partial), Palette.Warn);
        }

        console.Write(grid);
        WriteHeaders(console, http);
        WriteCookies(console, http);
    }

    /// <summary>"max-age=31536000 (365 days), includeSubDomains, preload", or "missing".</summary>
    public static (string Text, Style Style) HstsText(HstsPolicy? hsts)
    {
        if (hsts is null)
        {
            return ("missing", Palette.Bad);
        }

        var parts = new List<string>
        {
            hsts.MaxAgeSeconds is { } age
                ? $"max-age={age.ToString(CultureInfo.InvariantCulture)} ({Days(age)})"
                : "no valid max-age",
        };
        if (hsts.IncludeSubDomains)
        {
            parts.Add("includeSubDomains");
        }

        if (hsts.Preload)
        {
            parts.Add("preload");
        }

        var style = !hsts.Effective ? Palette.Bad : hsts.Problems.Count > 0 ? Palette.Warn : Palette.Good;
        return (string.Join(", ", parts) + (hsts.Effective ? "" : " — not in effect"), style);
    }

    private static string Days(long seconds)
    {
        var days = seconds / SecondsPerDay;
        return $"{days.ToString(CultureInfo.InvariantCulture)} day{(days == 1 ? "" : "s")}";
    }

    private static (string Text, Style Style) PlainHttpText(PlainHttpRedirect plain)
    {
        if (plain.Error is { } error)
        {
            return ($"not asked: {FailureText.Error(error)}", Palette.Dim);
        }

        var status = plain.StatusCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "no HTTP answer";
        var location = plain.Location is { } l ? $" → {Printable.Of(l)}" : "";
        return plain.RedirectsToHttps
            ? ($"{status}{location} (redirects to HTTPS)", Palette.Good)
            : ($"{status}{location} (does not redirect to HTTPS)", Palette.Warn);
    }

    private static void WriteHeaders(IAnsiConsole console, HttpResult http)
    {
        if (http.SecurityHeaders.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Security header", "Value", "Finding");
        foreach (var h in http.SecurityHeaders)
        {
            var style = h.Ok ? Palette.Good : Palette.Warn;
            table.AddRow(
                new Text(Printable.Of(h.Name), style),
                new Text(h.Value is { } v ? Printable.Of(v) : "(absent)", h.Value is null ? Palette.Dim : Palette.Plain),
                new Text(Printable.Of(h.Finding), style));
        }

        console.Write(table);
    }

    private static void WriteCookies(IAnsiConsole console, HttpResult http)
    {
        if (http.Cookies.Count == 0)
        {
            return;
        }

        var grid = TargetSection.Labels();
        foreach (var c in http.Cookies)
        {
            var flags = $"Secure {TargetSection.YesNo(c.Secure)}, HttpOnly {TargetSection.YesNo(c.HttpOnly)}, SameSite {(c.SameSite is { } s ? Printable.Of(s) : "not set")}";
            TargetSection.AddRow(grid, $"Cookie {Printable.Of(c.Name)}", flags, c.Secure ? Palette.Plain : Palette.Warn);
        }

        console.Write(grid);
    }
}
