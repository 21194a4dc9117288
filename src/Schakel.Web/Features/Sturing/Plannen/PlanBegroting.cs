namespace Schakel.Web.Features.Sturing.Plannen;

public sealed record JaarBedragWeergave(int Jaar, decimal Bedrag);

public sealed record LijnBegrotingWeergave(int Actielijn, string Naam, IReadOnlyList<JaarBedragWeergave> PerJaar, decimal Totaal);

/// <summary>A plan's budget totals per action line and year, each published row counted once; amounts in the plan's unit (€ x1000 for the national programme).</summary>
public sealed record PlanBegrotingWeergave(Guid PlanId, string Eenheid, IReadOnlyList<int> Jaren, IReadOnlyList<LijnBegrotingWeergave> Actielijnen,
    IReadOnlyList<JaarBedragWeergave> PerJaar, decimal Totaal);

/// <summary>The budget table of a plan: per action line and year, with the totals. One computation for the plan page and the API.</summary>
public static class PlanBegroting
{
    public static PlanBegrotingWeergave Van(PlanDetail d)
    {
        var totalen = d.BegrotingsTotalen;
        var jaren = d.BegrotingsJaren;
        var lijnen = d.Lijnen.Select(l =>
        {
            var perJaar = jaren.Select(j => new JaarBedragWeergave(j, totalen.GetValueOrDefault((l.Nummer, j)))).ToList();
            return new LijnBegrotingWeergave(l.Nummer, l.Naam, perJaar, perJaar.Sum(b => b.Bedrag));
        }).ToList();
        var totaalPerJaar = jaren.Select((j, i) => new JaarBedragWeergave(j, lijnen.Sum(l => l.PerJaar[i].Bedrag))).ToList();
        return new(d.Plan.Id, "EUR x1000", jaren, lijnen, totaalPerJaar, totaalPerJaar.Sum(b => b.Bedrag));
    }
}
