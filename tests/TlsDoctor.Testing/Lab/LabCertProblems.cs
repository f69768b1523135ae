namespace TlsDoctor.Testing.Lab;

/// <summary>Certificate problem names, as the company lab's manifest.json spells them.</summary>
public static class LabCertProblems
{
    public const string Expired = "expired";
    public const string NotYetValid = "not_yet_valid";
    public const string HostnameMismatch = "hostname_mismatch";
    public const string SelfSigned = "self_signed";
    public const string IncompleteChain = "incomplete_chain";
    public const string WeakKeyRsa1024 = "weak_key_rsa1024";
    public const string Sha1Signature = "sha1_signature";
}
