using TlsDoctor.Tls.Registry;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TlsDoctor.Analysis.ClientProfiles;

/// <summary>Thrown for a client profile file that cannot be used; the message is one line that names the problem.</summary>
public sealed class ClientProfileFormatException(string message) : FormatException(message);

/// <summary>
/// Reads a <see cref="ClientProfile"/> from YAML, for clients the built-in table lacks. Keys are snake_case;
/// versions are report names ("TLSv1.2"); suites are IANA or OpenSSL names; groups and signature schemes IANA names:
/// <code>
/// id: acme-agent
/// name: ACME monitoring agent 2.1
/// versions: [TLSv1.2]
/// cipher_suites: [ECDHE-RSA-AES128-GCM-SHA256, TLS_RSA_WITH_AES_128_CBC_SHA]
/// groups: [secp256r1]
/// min_rsa_bits: 2048
/// sources: ["vendor manual 2.1, section 'TLS'"]
/// </code>
/// </summary>
public static class ClientProfileYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ClientProfile LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClientProfileFormatException($"{path}: cannot read client profile: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <param name="origin">Names the text in error messages (a file path).</param>
    public static ClientProfile Parse(string yaml, string origin = "client profile")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ClientProfileDocument? doc;
        try
        {
            doc = Deserializer.Deserialize<ClientProfileDocument?>(yaml);
        }
        catch (YamlException e)
        {
            throw new ClientProfileFormatException($"{origin}: line {e.Start.Line}: {FirstLine(e)}");
        }

        if (doc is null)
        {
            throw new ClientProfileFormatException($"{origin}: the file is empty");
        }

        string Required(string? value, string key) => string.IsNullOrWhiteSpace(value)
            ? throw new ClientProfileFormatException($"{origin}: '{key}' is required")
            : value.Trim();

        var id = Required(doc.Id, "id");
        var where = $"{origin} ({id})";
        var versions = (doc.Versions ?? []).Select(v => TlsVersions.TryParse(v, out var parsed) ? parsed
            : throw new ClientProfileFormatException($"{where}: unknown protocol version '{v}' (use SSLv3, TLSv1.0, TLSv1.1, TLSv1.2 or TLSv1.3)")).ToList();
        if (versions.Count == 0)
        {
            throw new ClientProfileFormatException($"{where}: 'versions' must list at least one protocol version");
        }

        var suites = (doc.CipherSuites ?? []).Select(n => CipherSuites.FindByName(n.Trim()) is { Code: <= 0xFFFF } s ? (ushort)s.Code
            : throw new ClientProfileFormatException($"{where}: unknown cipher suite '{n}' (use its IANA or OpenSSL name)")).ToList();
        if (suites.Count == 0)
        {
            throw new ClientProfileFormatException($"{where}: 'cipher_suites' must list at least one suite");
        }

        return new ClientProfile(id, Required(doc.Name, "name"))
        {
            Versions = versions,
            CipherSuites = suites,
            Groups = [.. (doc.Groups ?? []).Select(n => NamedGroups.FindByName(n.Trim())?.Value
                ?? throw new ClientProfileFormatException($"{where}: unknown group '{n}' (use its IANA name, e.g. x25519, secp256r1)"))],
            SignatureSchemes = [.. (doc.SignatureSchemes ?? []).Select(n => SignatureSchemes.FindByName(n.Trim())?.Value
                ?? throw new ClientProfileFormatException($"{where}: unknown signature scheme '{n}' (use its IANA name, e.g. rsa_pss_rsae_sha256)"))],
            SendsSni = doc.SendsSni ?? true,
            MinDhBits = NonNegative(doc.MinDhBits, "min_dh_bits", where),
            MaxDhBits = NonNegative(doc.MaxDhBits, "max_dh_bits", where),
            MinRsaBits = NonNegative(doc.MinRsaBits, "min_rsa_bits", where),
            MinEcdsaBits = NonNegative(doc.MinEcdsaBits, "min_ecdsa_bits", where),
            AcceptsSha1Certificates = doc.AcceptsSha1Certificates ?? true,
            FetchesMissingIntermediates = doc.FetchesMissingIntermediates ?? false,
            ValidatesCertificates = doc.ValidatesCertificates ?? true,
            TrustStore = ParseTrustStore(doc.TrustStore, where),
            Alpn = doc.Alpn ?? [],
            Sources = doc.Sources ?? [],
            Notes = doc.Notes?.Trim() ?? "",
        };
    }

    private static int NonNegative(int? value, string key, string where) => value switch
    {
        null => 0,
        < 0 => throw new ClientProfileFormatException($"{where}: '{key}' must be 0 or more, not {value}"),
        _ => value.Value,
    };

    private static ClientTrustStore ParseTrustStore(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ClientTrustStore.System;
        }

        var key = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<ClientTrustStore>(key, ignoreCase: true, out var store) && Enum.IsDefined(store) && !int.TryParse(key, out _)
            ? store
            : throw new ClientProfileFormatException(
                $"{where}: unknown trust_store '{text}' (one of {string.Join(", ", Enum.GetNames<ClientTrustStore>())})");
    }

    // YamlDotNet wraps the real cause (an unknown key, a bad scalar) and may span lines; the innermost first line says it.
    private static string FirstLine(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        var message = e.Message.Split('\n')[0].Trim();
        return message.Length == 0 ? "invalid YAML" : message;
    }

    // The file's shape; YamlDotNet fills it, Parse validates it into a ClientProfile.
    private sealed class ClientProfileDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Versions { get; set; }
        public List<string>? CipherSuites { get; set; }
        public List<string>? Groups { get; set; }
        public List<string>? SignatureSchemes { get; set; }
        public bool? SendsSni { get; set; }
        public int? MinDhBits { get; set; }
        public int? MaxDhBits { get; set; }
        public int? MinRsaBits { get; set; }
        public int? MinEcdsaBits { get; set; }
        public bool? AcceptsSha1Certificates { get; set; }
        public bool? FetchesMissingIntermediates { get; set; }
        public bool? ValidatesCertificates { get; set; }
        public string? TrustStore { get; set; }
        public List<string>? Alpn { get; set; }
        public List<string>? Sources { get; set; }
        public string? Notes { get; set; }
    }
}
