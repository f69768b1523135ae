using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes;

/// <summary>
/// "Strongest first" for suites, used to list a client-ordered server's suites and to order our offers:
/// forward secrecy, then AEAD, then ECDHE over DHE, then key size, then MAC; anonymous, export and NULL last.
/// </summary>
public sealed class SuiteStrength : IComparer<CipherSuite>
{
    public static SuiteStrength Comparer { get; } = new();

    public int Compare(CipherSuite? x, CipherSuite? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byScore = Score(y).CompareTo(Score(x));
        return byScore != 0 ? byScore : x.Code.CompareTo(y.Code);
    }

    private static long Score(CipherSuite s)
    {
        long score = 0;
        score += s.IsNullCipher || s.Export ? 0 : 1L << 40;
        score += s.IsAnonymous ? 0 : 1L << 36;
        score += s.IsTls13 ? 1L << 34 : 0;
        score += s.ForwardSecrecy ? 1L << 32 : 0;
        score += s.IsAead ? 1L << 28 : 0;
        score += s.KeyExchange is KeyExchange.Ecdhe ? 1L << 26 : 0; // no weak-group risk, and cheaper than DHE
        score += (long)Math.Min(s.CipherBits, 4095) << 12;
        score += s.Cipher is BulkCipher.Aes or BulkCipher.ChaCha20 ? 1L << 10 : 0;
        score += s.Mac switch { MacAlgorithm.Aead => 6, MacAlgorithm.Sha384 => 5, MacAlgorithm.Sha256 => 4, MacAlgorithm.Sha1 => 2, _ => 0 };
        return score;
    }
}
