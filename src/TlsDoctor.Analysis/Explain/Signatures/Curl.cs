using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Exit codes and their texts: curl docs/libcurl/libcurl-errors.md and lib/strerror.c (curl_easy_strerror);
    // the detail texts come from lib/vtls/openssl.c. "(N)" is how the curl tool and git print the code.
    private const string CurlErrors = "curl docs/libcurl/libcurl-errors.md, lib/strerror.c";
    private const string CurlOpenSsl = "curl lib/vtls/openssl.c";

    private static ErrorSignature[] CurlRows() =>
    [
        Pattern(Curl, "CURLE_SSL_CONNECT_ERROR (35)", @"curl: \(35\)|^\s*\(35\)|\bSSL connect error\b", CurlErrors,
            [.. HandshakeFailure, CauseId.NotTls, CauseId.ConnectionReset]),
        Pattern(Curl, "CURLE_PEER_FAILED_VERIFICATION (60)", @"curl: \(60\)|^\s*\(60\)|SSL certificate problem", CurlErrors, AnyCertificate),
        Pattern(Curl, "CURLE_PEER_FAILED_VERIFICATION (51, curl before 7.62)", @"curl: \(51\)|^\s*\(51\)", CurlErrors,
            CauseId.HostnameMismatch, CauseId.UnknownIssuer),
        Pattern(Curl, "hostname check", @"no alternative certificate subject name matches target host name|does not match target host ?name",
            CurlOpenSsl, CauseId.HostnameMismatch),
        Pattern(Curl, "CURLE_SSL_CERTPROBLEM (58)", @"curl: \(58\)|^\s*\(58\)|Problem with the local client certificate|unable to set private key file",
            CurlErrors, CauseId.LocalConfiguration),
        Pattern(Curl, "CURLE_SSL_CACERT_BADFILE (77)", @"curl: \(77\)|^\s*\(77\)|Problem with the SSL CA cert|error setting certificate (verify locations|file)",
            CurlErrors, CauseId.LocalConfiguration),
        Text(Curl, "SSL_ERROR_SYSCALL", "SSL_ERROR_SYSCALL", CurlOpenSsl, ClosedInHandshake),
        Pattern(Curl, "CURLE_COULDNT_CONNECT (7)", @"curl: \(7\)|Failed to connect to", CurlErrors, CauseId.ConnectionRefused, CauseId.Timeout),
        Pattern(Curl, "CURLE_OPERATION_TIMEDOUT (28)", @"curl: \(28\)", CurlErrors, CauseId.Timeout),
        Pattern(Curl, "CURLE_COULDNT_RESOLVE_HOST (6)", @"curl: \(6\)|Could not resolve host", CurlErrors, CauseId.HostNotFound),
        Pattern(Curl, "CURLE_RECV_ERROR (56)", @"curl: \(56\)|Recv failure", CurlErrors, CauseId.ConnectionReset),
    ];
}
