using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // strerror texts of the socket errnos (POSIX errno.h; glibc string/_strerror.c) and getaddrinfo's gai_strerror,
    // which clients of every family pass through.
    private const string Strerror = "POSIX <errno.h> strerror texts (glibc)";
    private const string GaiStrerror = "POSIX getaddrinfo gai_strerror texts (glibc, BSD)";

    private static ErrorSignature[] NetworkRows() =>
    [
        Text(Network, "ECONNREFUSED", "Connection refused", Strerror, CauseId.ConnectionRefused),
        Text(Network, "ECONNRESET", "Connection reset by peer", Strerror, CauseId.ConnectionReset),
        Pattern(Network, "ETIMEDOUT", @"Connection timed out|Operation timed out", Strerror, CauseId.Timeout),
        Text(Network, "EHOSTUNREACH", "No route to host", Strerror, CauseId.Timeout),
        Pattern(Network, "EAI_NONAME", @"Name or service not known|nodename nor servname provided|Temporary failure in name resolution",
            GaiStrerror, CauseId.HostNotFound),
    ];
}
