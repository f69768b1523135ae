namespace TlsDoctor.Testing.Lab;

/// <summary>
/// The lab's truth table. Targets sit in one block of consecutive ports laid out like the company lab's
/// 14431–14451 (offset = lab port − 14431), so "base + 2" is always s_server-old; offsets 13–15 are unused.
/// </summary>
public static partial class LabTargets
{
    /// <summary>Ports in one block: offsets 0 … 20.</summary>
    public const int BlockSize = 21;

    // Offsets inside the block.
    internal const int NginxModern = 0;
    internal const int NginxIntermediate = 1;
    internal const int SServerOld = 2;
    internal const int SServerTiny = 3;
    internal const int NginxExpired = 4;
    internal const int NginxNotYetValid = 5;
    internal const int NginxWrongHost = 6;
    internal const int NginxSelfSigned = 7;
    internal const int NginxIncompleteChain = 8;
    internal const int SServerRsa1024 = 9;
    internal const int SServerSha1 = 10;
    internal const int SServerDhe1024 = 11;
    internal const int GnuTlsRc4Des = 12;
    internal const int Echo = 16;
    internal const int NginxPlainHttp = 17;
    internal const int Silent = 18;
    internal const int Closed = 19;
    internal const int Banner = 20;

    /// <summary>Every target, with ports <paramref name="basePort"/> + offset.</summary>
    public static IReadOnlyList<LabTarget> Create(int basePort) => [.. TlsTargets(basePort), .. NonTlsTargets(basePort)];
}
