using Schakel.Core.Sturing;
using Schakel.Web.Features.Sturing.Plannen;

namespace Schakel.Web.Features.Sturing.Rapportage;

/// <summary>One action in a period report: its planning, the budget of the period's year, its newest entry in the period.</summary>
public sealed record RapportActie(ActieRegel Actie, IReadOnlyList<BegrotingsBedrag>? BegrotingInJaar, VoortgangRegel? Voortgang)
{
    /// <summary>Decisions of chain meetings linked to the action and taken within the period, oldest first.</summary>
    public IReadOnlyList<Actiebesluit> Besluiten { get; init; } = [];

    public bool GeenVoortgang => Voortgang is null;

    /// <summary>Null for a plan without a budget table; a row shared with other actions counts in full here and once in the total.</summary>
    public decimal? BegrootInJaar => BegrotingInJaar?.Sum(b => b.Bedrag);

    public IReadOnlyList<string> GedeeldMet => BegrotingInJaar?.SelectMany(b => b.GedeeldMet).Distinct().ToList() ?? [];
}

public sealed record RapportLijn(int Nummer, string Naam, IReadOnlyList<RapportActie> Acties);

/// <summary>
/// A progress report over a period: the regiegroep's quarter, or the Bestuurlijke Tafel's half-year (two quarters).
/// Lists exactly the actions planned in the period; an action without an entry in the period says so.
/// </summary>
public sealed record Periodeverslag(PlanSamenvatting Plan, IReadOnlyList<Kwartaal> Periode, IReadOnlyList<RapportLijn> Lijnen)
{
    public int Jaar => Periode[0].Jaar;
    public int AantalActies => Lijnen.Sum(l => l.Acties.Count);
    public int ZonderVoortgang => Lijnen.Sum(l => l.Acties.Count(a => a.GeenVoortgang));
    /// <summary>Each budget row once, also when it covers two listed actions.</summary>
    public decimal? BegrootTotaal => Lijnen.SelectMany(l => l.Acties).Any(a => a.BegrotingInJaar is not null)
        ? Lijnen.SelectMany(l => l.Acties).SelectMany(a => a.BegrotingInJaar ?? []).DistinctBy(b => b.Regel).Sum(b => b.Bedrag) : null;
}

public sealed class Rapportages(Actieplannen plannen, IActiebesluiten besluiten)
{
    public static IReadOnlyList<Kwartaal> Halfjaar(int jaar, int half) =>
        half == 1 ? [new(jaar, 1), new(jaar, 2)] : [new(jaar, 3), new(jaar, 4)];

    public async Task<Periodeverslag?> MaakAsync(Guid planId, IReadOnlyList<Kwartaal> periode, CancellationToken ct)
    {
        if (await plannen.DetailAsync(planId, ct) is not { } detail)
        {
            return null;
        }
        var gepland = detail.Acties.Where(a => periode.Any(k => a.Planning.IsGeplandIn(k))).ToList();
        var voortgang = await plannen.LaatsteVoortgangAsync([.. gepland.Select(a => a.Id)], periode, ct);
        var jaar = periode[0].Jaar;
        var (van, tot) = (periode.Min().Begin, periode.Max().Einde);
        var perActie = new Dictionary<Guid, IReadOnlyList<Actiebesluit>>();
        foreach (var a in gepland)
        {
            perActie[a.Id] = [.. ((await besluiten.VoorActieAsync(a.Id, ct)) ?? []).Where(b => b.Datum >= van && b.Datum <= tot).OrderBy(b => b.Datum)];
        }
        var heeftBegroting = detail.Begrotingsregels.Count > 0;
        var lijnen = gepland.GroupBy(a => (a.ActielijnNummer, a.ActielijnNaam)).OrderBy(g => g.Key.ActielijnNummer)
            .Select(g => new RapportLijn(g.Key.ActielijnNummer, g.Key.ActielijnNaam,
                [.. g.Select(a => new RapportActie(a, heeftBegroting ? [.. a.Begroting.Where(b => b.Jaar == jaar)] : null, voortgang.GetValueOrDefault(a.Id)) { Besluiten = perActie[a.Id] })]))
            .ToList();
        return new Periodeverslag(detail.Plan, periode, lijnen);
    }
}
