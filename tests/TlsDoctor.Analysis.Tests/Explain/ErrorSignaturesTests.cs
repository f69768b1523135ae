using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain;
using TlsDoctor.Analysis.Explain.Signatures;

namespace TlsDoctor.Analysis.Tests.Explain;

/// <summary>The signature table as data: every row sourced, every pattern valid, every family covered.</summary>
public sealed class ErrorSignaturesTests
{
    [Fact]
    public void All_EveryRow_HasNameSourceAndCauses()
    {
        Assert.All(ErrorSignatures.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Name));
            Assert.False(string.IsNullOrWhiteSpace(s.Source));
            Assert.NotEmpty(s.Causes);
            Assert.Equal(s.Causes.Count, s.Causes.Distinct().Count());
        });
    }

    [Fact]
    public void All_EveryPattern_CompilesAndMatchesNothingInEmptyText()
    {
        Assert.All(ErrorSignatures.All, s => Assert.False(s.TryMatch("", out _, out _), s.Name));
    }

    [Fact]
    public void All_EveryFamily_HasAtLeastTwoSignatures()
    {
        Assert.All(Enum.GetValues<ErrorFamily>(), f => Assert.True(ErrorSignatures.All.Count(s => s.Family == f) >= 2, f.ToString()));
    }

    [Fact]
    public void CauseCatalog_EveryCause_HasOneRowWithUniqueKey()
    {
        Assert.Equal(Enum.GetValues<CauseId>().Length, CauseCatalog.All.Count);
        Assert.Equal(CauseCatalog.All.Count, CauseCatalog.All.Select(c => c.Key).Distinct().Count());
        Assert.All(Enum.GetValues<CauseId>(), id => Assert.Equal(id, CauseCatalog.Get(id).Id));
    }
}
