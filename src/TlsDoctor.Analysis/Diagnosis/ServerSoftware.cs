using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>Server software whose configuration directives the fixes are written in.</summary>
public enum ServerSoftware : byte
{
    Nginx,
    ApacheHttpd,
    HAProxy,
}

/// <summary>
/// Guesses the server software from what a scan holds. A scan does not capture an HTTPS Server header yet, so only a
/// plain-HTTP answer's sample (its Server header) can name it; otherwise the software is not detected.
/// </summary>
public static class ServerSoftwareDetector
{
    public static ServerSoftware? Detect(ServerScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var sample = scan.Failure?.Sample;
        if (string.IsNullOrEmpty(sample))
        {
            return null;
        }

        return sample.Contains("nginx", StringComparison.OrdinalIgnoreCase) ? ServerSoftware.Nginx
            : sample.Contains("Apache", StringComparison.OrdinalIgnoreCase) ? ServerSoftware.ApacheHttpd
            : sample.Contains("HAProxy", StringComparison.OrdinalIgnoreCase) ? ServerSoftware.HAProxy
            : null;
    }

    public static string Name(ServerSoftware software) => software switch
    {
        ServerSoftware.Nginx => "nginx",
        ServerSoftware.ApacheHttpd => "Apache httpd",
        ServerSoftware.HAProxy => "HAProxy",
        _ => software.ToString(),
    };
}
