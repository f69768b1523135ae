namespace TlsDoctor.Analysis.Tests.RealClients;

/// <summary>What one real client did against one lab target.</summary>
/// <param name="Client">The client profile id the run stands for, e.g. "curl-debian12".</param>
/// <param name="Target">The lab target's name.</param>
/// <param name="Connected">The handshake completed and the certificate was accepted.</param>
/// <param name="ErrorText">What the client printed when it failed (empty when it connected).</param>
public sealed record RealClientRun(string Client, string Target, bool Connected, string ErrorText)
{
    public override string ToString() => Connected ? $"{Client} → {Target}: connected" : $"{Client} → {Target}: failed: {ErrorText}";
}
