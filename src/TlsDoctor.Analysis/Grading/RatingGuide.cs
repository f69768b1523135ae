using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

/// <summary>
/// The numeric part of the SSL Server Rating Guide (<see cref="RatingSources.Guide"/>) as tables: category scores,
/// their weights and the score-to-letter translation.
/// </summary>
public static class RatingGuide
{
    /// <summary>Guide, "Protocol Support" (Table 2). TLS 1.3 postdates the table; SSL Labs scores it as TLS 1.2.</summary>
    public static int ProtocolScore(TlsVersion version) => version switch
    {
        TlsVersion.SSLv2 => 0,
        TlsVersion.SSLv3 => 80,
        TlsVersion.Tls10 => 90,
        TlsVersion.Tls11 => 95,
        _ => 100,
    };

    /// <summary>Guide, "Key Exchange" (Table 3): by server key or DH parameter size in bits.</summary>
    public static readonly IReadOnlyList<(int BelowBits, int Score)> KeyExchangeTable =
        [(512, 0), (1024, 20), (2048, 80), (4096, 90), (int.MaxValue, 100)];

    /// <summary>Guide, "Cipher Strength" (Table 4): by bulk cipher key bits.</summary>
    public static readonly IReadOnlyList<(int BelowBits, int Score)> CipherTable =
        [(1, 0), (128, 20), (256, 80), (int.MaxValue, 100)];

    /// <summary>Guide, "Methodology Overview": 30% protocol, 30% key exchange, 40% cipher strength.</summary>
    public const int ProtocolWeight = 30, KeyExchangeWeight = 30, CipherWeight = 40;

    /// <summary>Guide, Table 1 "Letter grade translation".</summary>
    public static readonly IReadOnlyList<(int AtLeast, Grade Grade)> LetterTable =
        [(80, Grade.A), (65, Grade.B), (50, Grade.C), (35, Grade.D), (20, Grade.E), (0, Grade.F)];

    public static int KeyExchangeScore(int bits) => Lookup(KeyExchangeTable, bits);

    public static int CipherScore(int bits) => Lookup(CipherTable, bits);

    /// <summary>Guide, "Methodology Overview": a zero in any category pushes the overall score to zero.</summary>
    public static int Combine(int protocol, int keyExchange, int cipher) =>
        protocol == 0 || keyExchange == 0 || cipher == 0
            ? 0
            : (int)Math.Round((protocol * ProtocolWeight + keyExchange * KeyExchangeWeight + cipher * CipherWeight) / 100.0,
                MidpointRounding.AwayFromZero);

    public static Grade Letter(int score) => LetterTable.First(row => score >= row.AtLeast).Grade;

    /// <summary>Guide: protocol and cipher scores are the average of the best and the worst.</summary>
    public static int BestWorstAverage(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? 0 : (list.Max() + list.Min()) / 2;
    }

    private static int Lookup(IReadOnlyList<(int BelowBits, int Score)> table, int bits) =>
        table.First(row => bits < row.BelowBits).Score;
}
