using Schakel.Web.Features.ApiClients;

namespace Schakel.Web.Tests.Features.Api;

public sealed class TokenOptiesTests
{
    [Theory]
    [InlineData(30, 30)]
    [InlineData(60, 60)]
    [InlineData(240, 60)]
    [InlineData(0, 1)]
    public void Levensduur_is_hoogstens_een_uur(int ingesteld, int verwacht)
    {
        Assert.Equal(TimeSpan.FromMinutes(verwacht), new TokenOpties { LevensduurMinuten = ingesteld }.Levensduur);
    }

    [Fact]
    public void Standaard_een_half_uur()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), new TokenOpties().Levensduur);
    }
}
