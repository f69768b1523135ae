using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Names;

/// <summary>
/// Server identity check per RFC 6125 §6 (as browsers apply it): DNS names against dNSName subjectAltNames,
/// IP addresses against iPAddress subjectAltNames (RFC 2818 §3.1), the subject CN only when there is no DNS name.
/// </summary>
public static class HostnameMatcher
{
    private const char LabelSeparator = '.';
    private const string Wildcard = "*";

    // A wildcard must leave at least this many labels ("*.example.com" yes, "*.com" never). Without the Public
    // Suffix List "*.co.uk" cannot be told from "*.example.com"; CAs may not issue either (CA/B BR §3.2.2.6).
    private const int MinLabelsAfterWildcard = 2;

    private static readonly IdnMapping Idn = new();

    /// <summary>Does <paramref name="certificate"/> cover <paramref name="hostName"/> (a DNS name or an IP literal)?</summary>
    public static NameMatch Match(CertificateDetails certificate, string hostName)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(hostName);
        var notes = new List<string>();
        var covered = certificate.DnsNames.Concat(certificate.IpAddresses.Select(ip => ip.ToString())).ToList();

        if (TryParseIpLiteral(hostName, out var address))
        {
            var byIp = certificate.IpAddresses.FirstOrDefault(ip => ip.Equals(address));
            if (byIp is null && certificate.DnsNames.Any(d => string.Equals(d.TrimEnd(LabelSeparator), address.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                notes.Add($"'{address}' is listed as a DNS name; an IP address is only covered by an iPAddress entry (RFC 2818 §3.1)");
            }

            return new NameMatch(hostName, byIp is not null, byIp?.ToString(), covered, UsedCommonName: false, notes);
        }

        var reference = ToReferenceForm(hostName, notes);

        // RFC 6125 §6.4.4: the CN is consulted only when the certificate presents no DNS-ID.
        var useCommonName = certificate.DnsNames.Count == 0 && certificate.CommonName is { Length: > 0 };
        var presented = useCommonName ? [certificate.CommonName!] : certificate.DnsNames;
        if (useCommonName)
        {
            covered.Insert(0, certificate.CommonName!);
        }

        var matchedBy = presented.FirstOrDefault(p => MatchesDnsName(p, reference, notes));
        return new NameMatch(hostName, matchedBy is not null, matchedBy, covered, useCommonName, notes);
    }

    /// <summary>
    /// One presented DNS identifier against a reference name already in A-label, lower-case form. Appends to
    /// <paramref name="notes"/> when a wildcard is present but not honoured, so a report can say why.
    /// </summary>
    internal static bool MatchesDnsName(string presented, string reference, List<string> notes)
    {
        var name = presented.TrimEnd(LabelSeparator).ToLowerInvariant();
        if (!name.All(char.IsAscii))
        {
            // RFC 5280 §4.2.1.6: dNSName is an IA5String holding A-labels; a raw U-label is malformed.
            notes.Add($"'{presented}' is not in A-label (xn--) form, which dNSName requires (RFC 5280 §4.2.1.6)");
            return false;
        }

        if (!name.Contains('*', StringComparison.Ordinal))
        {
            return name == reference;
        }

        var labels = name.Split(LabelSeparator);
        if (labels[0] != Wildcard)
        {
            notes.Add(labels[0].Contains('*', StringComparison.Ordinal)
                ? $"'{presented}' is a partial-label wildcard; RFC 6125 §6.4.3 lets clients refuse it, browsers do, and so does this check"
                : $"'{presented}' has a wildcard outside the left-most label, which RFC 6125 §6.4.3 does not allow");
            return false;
        }

        if (labels.Skip(1).Any(l => l.Contains('*', StringComparison.Ordinal)))
        {
            notes.Add($"'{presented}' has more than one wildcard, which RFC 6125 §6.4.3 does not allow");
            return false;
        }

        if (labels.Length - 1 < MinLabelsAfterWildcard)
        {
            notes.Add($"'{presented}' would cover a whole top-level domain; clients never honour such a wildcard");
            return false;
        }

        // RFC 6125 §6.4.3: the wildcard stands for exactly one whole label — not zero, not several.
        var suffix = name[Wildcard.Length..];
        var referenceDot = reference.IndexOf(LabelSeparator, StringComparison.Ordinal);
        return referenceDot > 0 && reference[referenceDot..] == suffix;
    }

    /// <summary>Lower-case, no trailing dot, U-labels converted to A-labels (RFC 5890 §2.3.2.1) so that comparisons are ordinal.</summary>
    internal static string ToReferenceForm(string hostName, List<string>? notes = null)
    {
        var name = hostName.Trim().TrimEnd(LabelSeparator).ToLowerInvariant();
        if (name.All(char.IsAscii))
        {
            return name;
        }

        try
        {
            return Idn.GetAscii(name);
        }
        catch (ArgumentException e)
        {
            notes?.Add($"'{hostName}' is not a valid internationalised name ({e.Message}); compared as given");
            return name;
        }
    }

    /// <summary>An IPv4 dotted quad or an IPv6 literal (optionally in brackets); "1" or "0x7f.1" are host names, not IPs.</summary>
    private static bool TryParseIpLiteral(string hostName, out IPAddress address)
    {
        var text = hostName.Trim();
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text[1..^1];
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        const int Ipv4Parts = 4;
        var parts = text.Split(LabelSeparator);
        if (parts.Length == Ipv4Parts && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit)))
        {
            return IPAddress.TryParse(text, out address!);
        }

        address = IPAddress.None;
        return false;
    }
}
