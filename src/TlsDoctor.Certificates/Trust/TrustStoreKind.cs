namespace TlsDoctor.Certificates.Trust;

/// <summary>Where trust anchors come from.</summary>
public enum TrustStoreKind : byte
{
    /// <summary>The operating system's store (on Debian: /etc/ssl/certs, from ca-certificates).</summary>
    System,

    /// <summary>Mozilla's root program as Debian ships it (/usr/share/ca-certificates/mozilla).</summary>
    Mozilla,

    /// <summary>A PEM or DER file (or directory) the user gave with --ca-file, e.g. a private CA.</summary>
    File,

    /// <summary>Several stores together (<see cref="TrustStore.Combine"/>); each anchor keeps its own kind.</summary>
    Combined,
}
