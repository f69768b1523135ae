using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Diagnosis;

// The layers from the protocol version on: the compatibility check's verdict, spread over the layers it passed.
public static partial class Diagnoser
{
    private const string ClientCertificateNotChecked =
        "not checked: the scan does not record whether the server asks for a client certificate";

    private static ClientDiagnosis DiagnoseHandshake(ServerScanResult scan, ClientProfile client)
    {
        var result = CompatibilityChecker.Check(client, scan);
        var failed = result.Connects ? (Layer?)null : LayerOf(result.Cause);
        var layers = new List<LayerCheck>();
        foreach (var layer in Enum.GetValues<Layer>())
        {
            if (layer == failed)
            {
                layers.Add(new LayerCheck(layer, LayerStatus.Failed, result.Explanation));
            }
            else if (failed is not null && layer > failed)
            {
                layers.Add(new LayerCheck(layer, LayerStatus.NotReached, "not reached"));
            }
            else if (layer == Layer.ClientCertificate)
            {
                layers.Add(new LayerCheck(layer, LayerStatus.NotChecked, ClientCertificateNotChecked));
            }
            else
            {
                layers.Add(new LayerCheck(layer, LayerStatus.Passed, PassedEvidence(layer, scan, client, result)));
            }
        }

        var diagnosis = new ClientDiagnosis(client, scan.Target.Display) { Layers = layers, Compatibility = result };
        if (result.Connects)
        {
            return diagnosis with { Evidence = [result.Explanation, .. result.Notes] };
        }

        var evidence = new List<string> { result.Explanation };
        if (failed == Layer.Certificate && result.Chain?.Analysis is { } analysis)
        {
            evidence.AddRange(analysis.Problems.Where(p => p.Severity == Severity.Error).Select(p => $"{p.Summary}: {p.Evidence}"));
        }

        evidence.AddRange(result.Notes);
        var cause = new RootCause(CauseOf(result), result.Cause,
            $"{client.Name} cannot connect to {scan.Target.Display}: {result.Explanation}");
        return diagnosis with { RootCause = cause, Evidence = [.. evidence.Distinct(StringComparer.Ordinal)] };
    }

    private static Layer LayerOf(FailureCause? cause) => cause switch
    {
        FailureCause.ScanIncomplete => Layer.Tls,
        FailureCause.NoCommonProtocol => Layer.ProtocolVersion,
        FailureCause.NoCommonCipher => Layer.CipherSuite,
        FailureCause.NoCommonGroup or FailureCause.NoCommonSignatureScheme
            or FailureCause.DhTooSmall or FailureCause.DhTooLarge => Layer.KeyExchange,
        FailureCause.NoSni => Layer.Sni,
        _ => Layer.Certificate,
    };

    /// <summary>The catalog's cause for a handshake failure; an untrusted chain is told apart by its analysis.</summary>
    private static CauseId CauseOf(CompatibilityResult result) => result.Cause switch
    {
        FailureCause.NoCommonProtocol => CauseId.ProtocolMismatch,
        FailureCause.NoCommonCipher => CauseId.NoSharedCipher,
        FailureCause.NoCommonGroup or FailureCause.NoCommonSignatureScheme or FailureCause.DhTooLarge => CauseId.NoSharedGroupOrSignature,
        FailureCause.DhTooSmall => CauseId.DhTooSmall,
        FailureCause.NoCertificate => CauseId.ServerConfiguration,
        FailureCause.CertificateKeyTooSmall => CauseId.WeakCertificateKey,
        FailureCause.Sha1CertificateRejected => CauseId.WeakSignature,
        FailureCause.CertificateExpired => CauseId.CertificateExpired,
        FailureCause.CertificateNotYetValid => CauseId.CertificateNotYetValid,
        FailureCause.CertificateNameMismatch => CauseId.HostnameMismatch,
        FailureCause.CertificateRevoked => CauseId.Revoked,
        FailureCause.NoSni => CauseId.SniRequired,
        FailureCause.CertificateUntrusted => UntrustedCause(result),
        _ => CauseId.ServerConfiguration,
    };

    private static CauseId UntrustedCause(CompatibilityResult result)
    {
        var codes = result.Chain?.Analysis?.Problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        return codes.Contains(ProblemCodes.IncompleteChain) ? CauseId.IncompleteChain
            : codes.Contains(ProblemCodes.SelfSigned) ? CauseId.SelfSigned
            : CauseId.UnknownIssuer;
    }

    private static string PassedEvidence(Layer layer, ServerScanResult scan, ClientProfile client, CompatibilityResult result)
    {
        switch (layer)
        {
            case Layer.ProtocolVersion:
                var server = scan.Protocols.Where(p => p.Supported).Select(p => p.Version);
                return $"both speak {result.Protocol?.Name()} (server accepts {Evidence.Versions(server)}; client offers {Evidence.Versions(client.Versions)})";
            case Layer.CipherSuite:
                return $"agreed on {result.CipherSuite?.IanaName}";
            case Layer.KeyExchange:
                return result.Group is { } g ? $"key exchange with {NamedGroups.Name(g)}"
                    : result.DhBits is { } bits ? $"key exchange with a {bits}-bit DH group"
                    : "no ephemeral key exchange in this suite";
            case Layer.Sni:
                return client.SendsSni
                    ? $"client sends SNI '{scan.Target.ServerName ?? scan.Target.Host}'"
                    : "client sends no SNI; the server's default certificate does";
            case Layer.Certificate:
                return result.Chain?.Analysis is { } a
                    ? $"the chain passes the client's checks ({a.Verdict})"
                    : "the chain passes the client's checks";
            default:
                return PassedTransportEvidence(layer, scan);
        }
    }
}
