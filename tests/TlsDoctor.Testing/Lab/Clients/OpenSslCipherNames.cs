using System.Text.RegularExpressions;

namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>IANA ↔ OpenSSL suite names, read from the installed <c>openssl ciphers -stdname</c>.</summary>
public sealed partial class OpenSslCipherNames
{
    private static readonly Lazy<Task<OpenSslCipherNames>> Shared = new(LoadAsync);

    private readonly Dictionary<string, string> ianaToOpenSsl;
    private readonly Dictionary<string, string> openSslToIana;

    private OpenSslCipherNames(Dictionary<string, string> ianaToOpenSsl)
    {
        this.ianaToOpenSsl = ianaToOpenSsl;
        openSslToIana = ianaToOpenSsl.ToDictionary(p => p.Value, p => p.Key);
    }

    /// <summary>Every suite the local OpenSSL can offer at security level 0.</summary>
    public static Task<OpenSslCipherNames> GetAsync() => Shared.Value;

    /// <summary>The OpenSSL name, or null when this OpenSSL cannot offer the suite (e.g. 3DES, RC4 on Debian 12).</summary>
    public string? ToOpenSsl(string iana) => ianaToOpenSsl.GetValueOrDefault(iana);

    public string? ToIana(string openSsl) => openSslToIana.GetValueOrDefault(openSsl);

    private static async Task<OpenSslCipherNames> LoadAsync()
    {
        var run = await ToolRun.RunAsync(ToolRun.OpenSsl(), ["ciphers", "-stdname", "ALL:COMPLEMENTOFALL:@SECLEVEL=0"],
            TimeSpan.FromSeconds(10));
        var map = new Dictionary<string, string>();
        foreach (var line in run.Output.Split('\n'))
        {
            // "TLS_RSA_WITH_AES_128_CBC_SHA   - AES128-SHA   SSLv3 Kx=RSA …"
            var match = Row().Match(line);
            if (match.Success)
            {
                map.TryAdd(match.Groups[1].Value, match.Groups[2].Value);
            }
        }

        return map.Count > 0 ? new OpenSslCipherNames(map) : throw new InvalidOperationException("openssl ciphers: " + run.Output);
    }

    [GeneratedRegex(@"^(TLS_\S+)\s+-\s+(\S+)\s")]
    private static partial Regex Row();
}
