using System.Runtime.InteropServices;

namespace TlsDoctor.Testing.Lab.GnuTls;

/// <summary>The few libgnutls calls the in-process GnuTLS server needs (gnutls/gnutls.h, GnuTLS 3.7).</summary>
internal static class GnuTlsNative
{
    public const string Library = "libgnutls.so.30";

    // gnutls.h constants.
    public const uint GnutlsServer = 1;             // GNUTLS_SERVER
    public const int X509FormatPem = 1;             // GNUTLS_X509_FMT_PEM
    public const int CredentialsCertificate = 1;    // GNUTLS_CRD_CERTIFICATE
    public const int SecurityParameterMedium = 35;  // GNUTLS_SEC_PARAM_MEDIUM: 112 bits, i.e. ffdhe2048
    public const int ShutdownWrite = 1;             // GNUTLS_SHUT_WR
    public const int ErrorAgain = -28;              // GNUTLS_E_AGAIN
    public const int ErrorInterrupted = -52;        // GNUTLS_E_INTERRUPTED

    [DllImport(Library)]
    public static extern int gnutls_global_init();

    [DllImport(Library)]
    public static extern IntPtr gnutls_check_version(IntPtr required);

    [DllImport(Library)]
    public static extern IntPtr gnutls_strerror(int error);

    [DllImport(Library)]
    public static extern int gnutls_error_is_fatal(int error);

    [DllImport(Library)]
    public static extern int gnutls_certificate_allocate_credentials(out IntPtr credentials);

    [DllImport(Library)]
    public static extern void gnutls_certificate_free_credentials(IntPtr credentials);

    [DllImport(Library)]
    public static extern int gnutls_certificate_set_x509_key_file(
        IntPtr credentials,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string certificateFile,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string keyFile,
        int format);

    [DllImport(Library)]
    public static extern int gnutls_certificate_set_known_dh_params(IntPtr credentials, int securityParameter);

    [DllImport(Library)]
    public static extern int gnutls_priority_init(
        out IntPtr priority, [MarshalAs(UnmanagedType.LPUTF8Str)] string priorities, out IntPtr errorPosition);

    [DllImport(Library)]
    public static extern void gnutls_priority_deinit(IntPtr priority);

    [DllImport(Library)]
    public static extern int gnutls_init(out IntPtr session, uint flags);

    [DllImport(Library)]
    public static extern void gnutls_deinit(IntPtr session);

    [DllImport(Library)]
    public static extern int gnutls_priority_set(IntPtr session, IntPtr priority);

    [DllImport(Library)]
    public static extern int gnutls_credentials_set(IntPtr session, int type, IntPtr credentials);

    [DllImport(Library)]
    public static extern void gnutls_transport_set_int2(IntPtr session, int receiveFd, int sendFd);

    [DllImport(Library)]
    public static extern void gnutls_handshake_set_timeout(IntPtr session, uint milliseconds);

    [DllImport(Library)]
    public static extern int gnutls_handshake(IntPtr session);

    [DllImport(Library)]
    public static extern nint gnutls_record_recv(IntPtr session, byte[] data, nuint size);

    [DllImport(Library)]
    public static extern nint gnutls_record_send(IntPtr session, byte[] data, nuint size);

    [DllImport(Library)]
    public static extern int gnutls_bye(IntPtr session, int how);

    public static string ErrorText(int error) =>
        Marshal.PtrToStringUTF8(gnutls_strerror(error)) ?? $"GnuTLS error {error}";

    /// <summary>The library version, e.g. "3.7.9"; throws <see cref="LabToolMissingException"/> if it is not installed.</summary>
    public static string Version()
    {
        if (!NativeLibrary.TryLoad(Library, out _))
        {
            throw new LabToolMissingException(Library, "libgnutls30");
        }

        return Marshal.PtrToStringUTF8(gnutls_check_version(IntPtr.Zero)) ?? "unknown";
    }
}
