namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// Reads the response headers a security audit looks at and says, per header, whether it is fine. Sources: the
/// OWASP Secure Headers Project for the recommended set; MDN for deprecations (HPKP removed from browsers,
/// X-XSS-Protection's auditor retired).
/// </summary>
public static class SecurityHeaderAudit
{
    private static readonly string[] ReferrerPolicies =
    [
        "no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin", "same-origin",
        "strict-origin", "strict-origin-when-cross-origin", "unsafe-url",
    ];

    /// <summary>The audited headers in a fixed order: present ones with their value, missing ones that matter as not Ok.</summary>
    public static IReadOnlyList<SecurityHeader> Audit(HttpResponseHead head, HstsPolicy? hsts)
    {
        var csp = head.First("Content-Security-Policy");
        var list = new List<SecurityHeader>
        {
            Hsts(hsts),
            Csp(csp, head.First("Content-Security-Policy-Report-Only")),
            FrameOptions(head.First("X-Frame-Options"), csp),
            ContentTypeOptions(head.First("X-Content-Type-Options")),
            ReferrerPolicy(head.First("Referrer-Policy")),
            PermissionsPolicy(head.First("Permissions-Policy"), head.First("Feature-Policy")),
        };

        foreach (var name in new[] { "Public-Key-Pins", "Public-Key-Pins-Report-Only" })
        {
            if (head.First(name) is { } pins)
            {
                list.Add(new(name, pins, "deprecated: browsers dropped HTTP Public Key Pinning; remove it (a wrong pin locks visitors out)", false));
            }
        }

        if (head.First("X-XSS-Protection") is { } xss)
        {
            list.Add(xss.Trim() == "0"
                ? new("X-XSS-Protection", xss, "disabled (0), as recommended: the XSS auditor is gone and could be abused", true)
                : new("X-XSS-Protection", xss, "deprecated: the browsers' XSS auditor is retired and could itself leak data; send 0 or drop it, rely on CSP", false));
        }

        if (head.First("Server") is { } server)
        {
            list.Add(server.Any(char.IsAsciiDigit)
                ? new("Server", server, "names the software version, which tells an attacker which flaws to try", false)
                : new("Server", server, "names the software, not its version", true));
        }

        return list;
    }

    /// <summary>Every Set-Cookie's name and flags (RFC 6265 §4.1; SameSite from RFC 6265bis).</summary>
    public static IReadOnlyList<CookieFlags> Cookies(HttpResponseHead head) =>
        [.. head.Values("Set-Cookie").Select(ParseCookie).OfType<CookieFlags>()];

    private static SecurityHeader Hsts(HstsPolicy? hsts) => hsts switch
    {
        null => new("Strict-Transport-Security", null, "missing: browsers may still be sent to http:// (RFC 6797)", false),
        { MaxAgeSeconds: null } => new("Strict-Transport-Security", hsts.Raw, hsts.Problems[0], false),
        { Problems.Count: > 0 } => new("Strict-Transport-Security", hsts.Raw, string.Join("; ", hsts.Problems), false),
        _ => new("Strict-Transport-Security", hsts.Raw,
            $"max-age {hsts.MaxAgeSeconds} s{(hsts.IncludeSubDomains ? ", includeSubDomains" : "")}{(hsts.Preload ? ", preload" : "")}", true),
    };

    private static SecurityHeader Csp(string? csp, string? reportOnly)
    {
        if (csp is null)
        {
            return reportOnly is null
                ? new("Content-Security-Policy", null, "missing: no policy limits where scripts, frames and other content may come from", false)
                : new("Content-Security-Policy", null, "only Content-Security-Policy-Report-Only: violations are reported, not blocked", false);
        }

        var weak = new[] { "'unsafe-inline'", "'unsafe-eval'" }.Where(k => csp.Contains(k, StringComparison.OrdinalIgnoreCase)).ToList();
        return weak.Count == 0
            ? new("Content-Security-Policy", csp, "set", true)
            : new("Content-Security-Policy", csp, $"set, but allows {string.Join(" and ", weak)}, which undoes most of its protection against XSS", false);
    }

    private static SecurityHeader FrameOptions(string? value, string? csp)
    {
        var frameAncestors = csp?.Split(';').Any(d => d.Trim().StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase)) == true;
        if (value is null)
        {
            return frameAncestors
                ? new("X-Frame-Options", null, "not needed: Content-Security-Policy frame-ancestors controls framing", true)
                : new("X-Frame-Options", null, "missing (and no CSP frame-ancestors): other sites may frame the page (clickjacking)", false);
        }

        var v = value.Trim();
        if (v.Equals("DENY", StringComparison.OrdinalIgnoreCase) || v.Equals("SAMEORIGIN", StringComparison.OrdinalIgnoreCase))
        {
            return new("X-Frame-Options", value, v.ToUpperInvariant(), true);
        }

        return v.StartsWith("ALLOW-FROM", StringComparison.OrdinalIgnoreCase)
            ? new("X-Frame-Options", value, $"ALLOW-FROM is ignored by current browsers{(frameAncestors ? "; CSP frame-ancestors covers it" : "; use CSP frame-ancestors")}", frameAncestors)
            : new("X-Frame-Options", value, "invalid value (DENY or SAMEORIGIN expected): browsers ignore it", frameAncestors);
    }

    private static SecurityHeader ContentTypeOptions(string? value) => value switch
    {
        null => new("X-Content-Type-Options", null, "missing: browsers may sniff content types (nosniff expected)", false),
        _ when value.Trim().Equals("nosniff", StringComparison.OrdinalIgnoreCase) => new("X-Content-Type-Options", value, "nosniff", true),
        _ => new("X-Content-Type-Options", value, "invalid value: only 'nosniff' means anything", false),
    };

    private static SecurityHeader ReferrerPolicy(string? value)
    {
        if (value is null)
        {
            return new("Referrer-Policy", null, "missing: the browser default applies (strict-origin-when-cross-origin in current browsers)", false);
        }

        // A comma-separated list is allowed: the last value the browser knows wins (W3C Referrer Policy §11.1).
        var effective = value.Split(',').Select(p => p.Trim().ToLowerInvariant()).LastOrDefault(ReferrerPolicies.Contains);
        return effective switch
        {
            null => new("Referrer-Policy", value, "no known policy value: browsers ignore it", false),
            "unsafe-url" or "no-referrer-when-downgrade" => new("Referrer-Policy", value, $"{effective} sends full URLs (paths, query strings) to other sites", false),
            _ => new("Referrer-Policy", value, effective, true),
        };
    }

    private static SecurityHeader PermissionsPolicy(string? value, string? featurePolicy) => (value, featurePolicy) switch
    {
        (not null, _) => new("Permissions-Policy", value, "set", true),
        (null, not null) => new("Permissions-Policy", null, "only the deprecated Feature-Policy is sent; rename it to Permissions-Policy", false),
        _ => new("Permissions-Policy", null, "missing: no limit on camera, microphone, geolocation … for embedded content", false),
    };

    // set-cookie-string = cookie-pair *( ";" SP cookie-av )   (RFC 6265 §4.1.1)
    private static CookieFlags? ParseCookie(string value)
    {
        var parts = value.Split(';');
        var pair = parts[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        bool secure = false, httpOnly = false;
        string? sameSite = null;
        foreach (var attribute in parts.Skip(1).Select(a => a.Trim()))
        {
            var eq = attribute.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? attribute : attribute[..eq]).Trim();
            if (name.Equals("Secure", StringComparison.OrdinalIgnoreCase))
            {
                secure = true;
            }
            else if (name.Equals("HttpOnly", StringComparison.OrdinalIgnoreCase))
            {
                httpOnly = true;
            }
            else if (name.Equals("SameSite", StringComparison.OrdinalIgnoreCase))
            {
                sameSite = eq < 0 ? "" : attribute[(eq + 1)..].Trim();
            }
        }

        return new CookieFlags(pair[..equals].Trim(), secure, httpOnly, sameSite);
    }
}
