using System.Formats.Asn1;
using System.Net;
using System.Text;

namespace TlsDoctor.Certificates.Details;

/// <summary>The names of a GeneralNames value, sorted by kind.</summary>
internal sealed record GeneralNameList(IReadOnlyList<string> DnsNames, IReadOnlyList<IPAddress> IpAddresses, IReadOnlyList<string> Uris, IReadOnlyList<string> Others);

/// <summary>
/// Reads GeneralNames (RFC 5280 §4.2.1.6), shared by subjectAltName, authorityInfoAccess and cRLDistributionPoints:
/// <code>
/// GeneralName ::= CHOICE {
///     otherName                 [0] OtherName,
///     rfc822Name                [1] IA5String,
///     dNSName                   [2] IA5String,
///     x400Address               [3] ORAddress,
///     directoryName             [4] Name,
///     ediPartyName              [5] EDIPartyName,
///     uniformResourceIdentifier [6] IA5String,
///     iPAddress                 [7] OCTET STRING,
///     registeredID              [8] OBJECT IDENTIFIER }
/// </code>
/// The module uses IMPLICIT tags, so each choice's tag replaces the universal one.
/// </summary>
internal static class GeneralNames
{
    private const int OtherName = 0;
    private const int Rfc822Name = 1;
    private const int DnsName = 2;
    private const int DirectoryName = 4;
    private const int Uri = 6;
    private const int IpAddress = 7;
    private const int RegisteredId = 8;

    // RFC 5280 §4.2.1.6: "four octets … for IP version 4 … sixteen octets … for IP version 6".
    private const int Ipv4Length = 4;
    private const int Ipv6Length = 16;

    /// <summary>Reads the GeneralName elements remaining in <paramref name="reader"/>.</summary>
    public static GeneralNameList ReadAll(AsnReader reader)
    {
        var dns = new List<string>();
        var ips = new List<IPAddress>();
        var uris = new List<string>();
        var others = new List<string>();
        while (reader.HasData)
        {
            var tag = reader.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific)
            {
                others.Add("unexpected " + tag);
                reader.ReadEncodedValue();
                continue;
            }

            switch (tag.TagValue)
            {
                case DnsName:
                    dns.Add(Ia5(reader, tag));
                    break;
                case Uri:
                    uris.Add(Ia5(reader, tag));
                    break;
                case Rfc822Name:
                    others.Add("email:" + Ia5(reader, tag));
                    break;
                case IpAddress:
                    var bytes = reader.ReadOctetString(tag);
                    if (bytes.Length is Ipv4Length or Ipv6Length)
                    {
                        ips.Add(new IPAddress(bytes));
                    }
                    else
                    {
                        // Name constraints carry address + mask (8 or 32 octets); anything else is malformed.
                        others.Add("ip:" + Convert.ToHexString(bytes));
                    }

                    break;
                case DirectoryName:
                    var name = reader.ReadSequence(tag).ReadEncodedValue();
                    others.Add("dirName:" + new System.Security.Cryptography.X509Certificates.X500DistinguishedName(name.Span).Name);
                    break;
                case RegisteredId:
                    others.Add("registeredID:" + reader.ReadObjectIdentifier(tag));
                    break;
                case OtherName:
                    // OtherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }
                    var other = reader.ReadSequence(tag);
                    others.Add("otherName:" + other.ReadObjectIdentifier());
                    break;
                default:
                    others.Add($"[{tag.TagValue}]");
                    reader.ReadEncodedValue();
                    break;
            }
        }

        return new GeneralNameList(dns, ips, uris, others);
    }

    // IA5String is 7-bit; a certificate that puts UTF-8 there is wrong, but its names must still be shown readably.
    private static string Ia5(AsnReader reader, Asn1Tag tag) => Encoding.UTF8.GetString(reader.ReadOctetString(tag));
}
