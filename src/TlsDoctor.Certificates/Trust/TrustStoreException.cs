namespace TlsDoctor.Certificates.Trust;

/// <summary>A trust store could not be loaded; the message is one line a CLI can print as it is.</summary>
public sealed class TrustStoreException : Exception
{
    public TrustStoreException()
    {
    }

    public TrustStoreException(string message)
        : base(message)
    {
    }

    public TrustStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
