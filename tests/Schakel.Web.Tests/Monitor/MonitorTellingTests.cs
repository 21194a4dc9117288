using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The figures the database counts against a count written out here, fact by fact, from what the test itself stored:
/// every measure with every breakdown, per municipality, the unit's cases without a municipality and the region, per
/// quarter and the year. The data is varied on purpose: several triages per report (the newest decides place and side),
/// a triage without a municipality, a municipality outside the unit and an unknown code, merged reports, several forms
/// of exploitation, moments around the quarters' and the year's edges in Dutch time, referrals to several kinds of
/// partner, registrations, shelter requests with nights.
/// </summary>
public abstract class MonitorTellingTests(SchakelFactory factory)
{
    private const int Jaar = 2017;
    private const string ZonderGemeente = "eenheid:DH:zonder-gemeente";
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private sealed record TriageSpec(string? Gemeente, Zijde Zijde, DateTimeOffset Tijdstip);

    private sealed record VerwijzingSpec(
        Guid Ontvanger, OrganisatieType Type, Rol Rol, DateTimeOffset Verstuurd, DateTimeOffset Uiterlijk, DateTimeOffset? Actie,
        string? Partijsoort, DateTimeOffset? Geregistreerd);

    private sealed record MeldingSpec(
        Guid Id, DateTimeOffset Ontvangen, string? Gemeente, MeldingSoort Soort, bool Samengevoegd, MelderType Melder, Kanaal Kanaal,
        string Vormen, string[] VormCategorieen, JaNeeOnbekend Minderjarig, bool Acuut, DateTimeOffset? Ingezien, DateTimeOffset? Teruggekoppeld,
        List<TriageSpec> Triages, List<VerwijzingSpec> Verwijzingen);

    private sealed record OpvangSpec(
        Guid Id, string? Gevonden, string? Verantwoordelijke, DateTimeOffset GevondenOp, DateTimeOffset? Bevestigd, DateTimeOffset? Vervolg,
        List<DateOnly> Nachten);

    [Fact]
    public async Task Elke_maatstaf_en_uitsplitsing_is_gelijk_aan_een_eigen_telling_per_feit()
    {
        var (regio, meldingen, opvang) = await ZaaiAsync();
        var verschillen = new List<string>();
        var getoetst = 0L;
        foreach (var m in Maatstaven.Alle)
        {
            foreach (var u in m.Uitsplitsingen)
            {
                await using var scope = factory.Scope();
                var tabel = await scope.ServiceProvider.GetRequiredService<MonitorCijfers>()
                    .TabelAsync(regio, Jaar, m, u, false, 5, null, default);
                if (m.Soort == MaatstafSoort.Aantal)
                {
                    var verwacht = Aantallen(m.Code, u, meldingen, opvang, regio);
                    foreach (var c in tabel.Cellen.Where(c => Vergeleken(c.Gebied) && (u == Uitsplitsing.Geen || c.Categorie != Uitsplitsing.Totaal)))
                    {
                        var v = Som(verwacht, c.Gebied, c.Periode, c.Categorie, regio);
                        getoetst += v;
                        if (c.Waarde != v)
                        {
                            verschillen.Add($"{m.Code}/{u} {c.Gebied} {c.Periode} {c.Categorie}: {c.Waarde}, verwacht {v}");
                        }
                    }
                }
                else
                {
                    var waarnemingen = Waarnemingen(m.Code, meldingen, opvang, regio);
                    foreach (var c in tabel.Cellen.Where(c => Vergeleken(c.Gebied)))
                    {
                        var binnen = waarnemingen.Where(w => (c.Gebied == "regio:DH" || w.Plek == c.Gebied)
                            && (c.Periode == $"{Jaar}" || w.Kwartaal == c.Periode)).ToList();
                        var (waarde, noemer, p90) = m.Soort == MaatstafSoort.Aandeel ? Aandeel(binnen) : Duur(binnen);
                        getoetst += noemer;
                        if (c.Waarde != waarde || c.Noemer != noemer || c.P90 != p90)
                        {
                            verschillen.Add($"{m.Code} {c.Gebied} {c.Periode}: {c.Waarde} ({c.Noemer}, p90 {c.P90}), verwacht {waarde} ({noemer}, p90 {p90})");
                        }
                    }
                }
            }
        }

        Assert.Empty(verschillen);
        // The data reaches every measure, so an empty table could not pass for a right one.
        Assert.True(getoetst > 1000, $"Te weinig getoetst: {getoetst}");
    }

    /// <summary>
    /// The API's internal figures that no table holds — months, and the whole country — against the same count written
    /// out fact by fact: months around the quarters' edges for the unit, and the country's year, a quarter and months
    /// (a municipality of another unit, where the reference data holds one, counts there; an unknown code under its
    /// reporting point's unit).
    /// </summary>
    [Fact]
    public async Task Maanden_en_landelijke_cijfers_van_de_api_zijn_gelijk_aan_een_eigen_telling_per_feit()
    {
        var (regio, meldingen, opvang) = await ZaaiAsync();
        var api = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        (string Periode, string Gebied, bool Land, string? Vak)[] vragen =
        [
            .. new[] { 1, 3, 4, 6, 10, 12 }.Select(n => ($"{Jaar}-{n:00}", "eenheid:DH", false, (string?)$"{Jaar}-{n:00}")),
            ($"{Jaar}", "land", true, null),
            ($"{Jaar}-K2", "land", true, $"{Jaar}-K2"),
            ($"{Jaar}-04", "land", true, $"{Jaar}-04"),
            ($"{Jaar}-12", "land", true, $"{Jaar}-12"),
        ];
        var verschillen = new List<string>();
        long getoetst = 0, landGeteld = 0;
        foreach (var m in Maatstaven.Alle)
        {
            foreach (var u in m.Uitsplitsingen)
            {
                foreach (var (periode, gebied, land, vakLabel) in vragen)
                {
                    // A month ("2017-04") is counted per month, a year or quarter ("2017", "2017-K2") per quarter.
                    Func<DateTimeOffset, string?> vak = periode.Contains("-K", StringComparison.Ordinal) || periode.Length == 4 ? Kwartaal : Maand;
                    var antwoord = JsonDocument.Parse(await api.GetStringAsync(
                        Pad($"/api/v1/monitor/cijfers?maatstaf={m.Code}&periode={periode}&gebied={gebied}&uitsplitsing={u}&editie=intern"))).RootElement;
                    var waarden = antwoord.GetProperty("waarden").EnumerateArray().ToList();
                    if (waarden.Count == 0)
                    {
                        verschillen.Add($"{m.Code}/{u} {gebied} {periode}: geen waarden");
                    }

                    foreach (var w in waarden)
                    {
                        var categorie = w.GetProperty("categorie").GetString()!;
                        var waarde = Getal(w, "waarde");
                        if (m.Soort == MaatstafSoort.Aantal)
                        {
                            var verwacht = Aantallen(m.Code, u, meldingen, opvang, regio, vak, land)
                                .Where(x => (vakLabel is null || x.Key.Item2 == vakLabel) && x.Key.Item3 == categorie).Sum(x => x.Value);
                            getoetst += verwacht;
                            landGeteld += land ? verwacht : 0;
                            if (waarde != verwacht)
                            {
                                verschillen.Add($"{m.Code}/{u} {gebied} {periode} {categorie}: {waarde}, verwacht {verwacht}");
                            }
                        }
                        else
                        {
                            var binnen = Waarnemingen(m.Code, meldingen, opvang, regio, vak, land)
                                .Where(x => vakLabel is null || x.Kwartaal == vakLabel).ToList();
                            var (v, noemer, p90) = m.Soort == MaatstafSoort.Aandeel ? Aandeel(binnen) : Duur(binnen);
                            getoetst += noemer;
                            if (waarde != v || (long?)Getal(w, "noemer") != noemer || Getal(w, "p90") != p90)
                            {
                                verschillen.Add($"{m.Code} {gebied} {periode}: {waarde} ({Getal(w, "noemer")}, p90 {Getal(w, "p90")}), verwacht {v} ({noemer}, p90 {p90})");
                            }
                        }
                    }
                }
            }
        }

        Assert.Empty(verschillen);
        // Enough is compared, the national questions included, so empty answers could not pass for right ones.
        Assert.True(getoetst > 1000, $"Te weinig getoetst: {getoetst}");
        Assert.True(landGeteld > 100, $"Te weinig landelijk getoetst: {landGeteld}");
    }

    private static decimal? Getal(JsonElement w, string naam) =>
        w.TryGetProperty(naam, out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;

    private static bool Vergeleken(string gebied) =>
        gebied == "regio:DH" || gebied == ZonderGemeente || (gebied.StartsWith("gemeente:", StringComparison.Ordinal) && gebied.Count(c => c == ':') == 1);

    private static long Som(Dictionary<(string Plek, string Kwartaal, string Categorie), long> verwacht, string gebied, string periode, string categorie, Regiodefinitie regio) =>
        verwacht.Where(x => (gebied == "regio:DH" || x.Key.Plek == gebied) && (periode == $"{Jaar}" || x.Key.Kwartaal == periode) && x.Key.Categorie == categorie)
            .Sum(x => x.Value);

    /// <summary>Where a case counts, written out: a municipality of the unit, the unit itself (no or an unknown municipality), or nowhere.</summary>
    private static string? Plek(string? gemeente, Regiodefinitie regio, bool eenheidZonderGemeente, bool land = false) =>
        gemeente is not null && gemeente != "GM9999" && (land || regio.GemeenteCodes.Contains(gemeente)) ? $"gemeente:{gemeente}"
        : gemeente is null || gemeente == "GM9999" ? (eenheidZonderGemeente ? ZonderGemeente : null)
        : null;

    private static string? Kwartaal(DateTimeOffset moment)
    {
        var lokaal = TimeZoneInfo.ConvertTime(moment, Nederland);
        return lokaal.Year == Jaar ? $"{Jaar}-K{(lokaal.Month - 1) / 3 + 1}" : null;
    }

    private static string? Maand(DateTimeOffset moment)
    {
        var lokaal = TimeZoneInfo.ConvertTime(moment, Nederland);
        return lokaal.Year == Jaar ? $"{Jaar}-{lokaal.Month:00}" : null;
    }

    private static string W<T>(T waarde) where T : struct, Enum => waarde.ToString().ToLowerInvariant();

    private static Dictionary<(string, string, string), long> Aantallen(
        string maatstaf, string u, List<MeldingSpec> meldingen, List<OpvangSpec> opvang, Regiodefinitie regio,
        Func<DateTimeOffset, string?>? vak = null, bool land = false)
    {
        vak ??= Kwartaal;
        var telling = new Dictionary<(string, string, string), long>();
        void Tel(string? plek, DateTimeOffset moment, params string[] categorieen)
        {
            if (plek is null || vak(moment) is not { } k)
            {
                return;
            }

            foreach (var c in categorieen.Distinct())
            {
                telling[(plek, k, c)] = telling.GetValueOrDefault((plek, k, c)) + 1;
            }
        }

        foreach (var r in meldingen)
        {
            var nieuwste = r.Triages.Count > 0 ? r.Triages[^1] : null;
            var plek = Plek(nieuwste?.Gemeente ?? r.Gemeente, regio, true, land);
            var telt = !r.Samengevoegd;
            string[] Melder() => u switch
            {
                Uitsplitsing.Melder => [W(r.Melder)],
                Uitsplitsing.Kanaal => [W(r.Kanaal)],
                Uitsplitsing.Minderjarig => [W(r.Minderjarig)],
                Uitsplitsing.Acuut => [r.Acuut ? "ja" : "nee"],
                Uitsplitsing.Uitbuitingsvorm => r.VormCategorieen,
                _ => [Uitsplitsing.Totaal],
            };

            switch (maatstaf)
            {
                case "meldingen" when telt && r.Soort == MeldingSoort.Melding:
                case "adviesvragen" when telt && r.Soort == MeldingSoort.Adviesvraag:
                    Tel(plek, r.Ontvangen, Melder());
                    break;
                case "na-triage" when telt && r.Soort == MeldingSoort.Melding && nieuwste is not null:
                    Tel(plek, r.Ontvangen, u == Uitsplitsing.Zijde ? W(nieuwste.Zijde) : Uitsplitsing.Totaal);
                    break;
                case "vermoedelijke-slachtoffers" when telt && r.Soort == MeldingSoort.Melding && nieuwste?.Zijde is Zijde.Slachtofferkant or Zijde.Beide:
                    Tel(plek, r.Ontvangen, Uitsplitsing.Totaal);
                    break;
                case "doorverwijzingen":
                    foreach (var d in r.Verwijzingen)
                    {
                        Tel(plek, d.Verstuurd, u == Uitsplitsing.Ontvanger ? W(d.Type) : u == Uitsplitsing.Rol ? W(d.Rol) : Uitsplitsing.Totaal);
                    }

                    break;
                case "comensha-registraties":
                    foreach (var d in r.Verwijzingen.Where(d => d.Geregistreerd is not null))
                    {
                        Tel(plek, d.Geregistreerd!.Value, u == Uitsplitsing.Partijsoort ? d.Partijsoort! : Uitsplitsing.Totaal);
                    }

                    break;
            }
        }

        foreach (var o in opvang)
        {
            var gevonden = Plek(o.Gevonden, regio, false, land);
            switch (maatstaf)
            {
                case "opvang-plaatsingen" when o.Bevestigd is not null:
                    Tel(gevonden, o.Bevestigd.Value, Uitsplitsing.Totaal);
                    break;
                case "opvang-plaatsingen-verantwoordelijk" when o.Bevestigd is not null:
                    // Without a responsible municipality: "municipality unknown" of the unit where the victim was found.
                    var verantwoordelijke = o.Verantwoordelijke is { } v && v != "GM9999"
                        ? Plek(v, regio, false, land)
                        : gevonden is not null ? ZonderGemeente : null;
                    Tel(verantwoordelijke, o.Bevestigd.Value, Uitsplitsing.Totaal);
                    break;
                case "opvang-nachten-zonder-plek":
                    foreach (var n in o.Nachten.Distinct())
                    {
                        Tel(gevonden, new DateTimeOffset(n.Year, n.Month, n.Day, 12, 0, 0, TimeSpan.Zero), Uitsplitsing.Totaal);
                    }

                    break;
                case "opvang-wachtend-op-vervolg" when o.Vervolg is null:
                    Tel(gevonden, o.GevondenOp, Uitsplitsing.Totaal);
                    break;
            }
        }

        return telling;
    }

    private sealed record Waarneming(string Plek, string Kwartaal, bool Voldoet, TimeSpan? Duur);

    private static List<Waarneming> Waarnemingen(
        string maatstaf, List<MeldingSpec> meldingen, List<OpvangSpec> opvang, Regiodefinitie regio,
        Func<DateTimeOffset, string?>? vak = null, bool land = false)
    {
        vak ??= Kwartaal;
        var lijst = new List<Waarneming>();
        void Neem(string? plek, DateTimeOffset moment, bool voldoet, TimeSpan? duur = null)
        {
            if (plek is not null && vak(moment) is { } k)
            {
                lijst.Add(new Waarneming(plek, k, voldoet, duur is { } d && d < TimeSpan.Zero ? TimeSpan.Zero : duur));
            }
        }

        foreach (var r in meldingen)
        {
            var plek = Plek((r.Triages.Count > 0 ? r.Triages[^1].Gemeente : null) ?? r.Gemeente, regio, true, land);
            var signaal = r.Soort == MeldingSoort.Melding && !r.Samengevoegd;
            switch (maatstaf)
            {
                case "eerste-actie-binnen-termijn":
                    foreach (var d in r.Verwijzingen)
                    {
                        Neem(plek, d.Uiterlijk, d.Actie is { } a && a <= d.Uiterlijk);
                    }

                    break;
                case "tijd-tot-triage" when signaal && r.Triages.Count > 0:
                    Neem(plek, r.Ontvangen, true, r.Triages[0].Tijdstip - r.Ontvangen);
                    break;
                case "tijd-tot-doorverwijzing" when signaal && r.Verwijzingen.Count > 0:
                    Neem(plek, r.Ontvangen, true, r.Verwijzingen.Min(d => d.Verstuurd) - r.Ontvangen);
                    break;
                case "ontvangst-bevestigd-binnen-7-dagen" when signaal:
                    Neem(plek, r.Ontvangen, r.Ingezien is { } i && i <= r.Ontvangen.AddDays(7));
                    break;
                case "terugkoppeling-binnen-3-maanden" when signaal:
                    Neem(plek, r.Ontvangen, r.Teruggekoppeld is { } t && t <= r.Ontvangen.AddMonths(3));
                    break;
            }
        }

        foreach (var o in opvang)
        {
            var gevonden = Plek(o.Gevonden, regio, false, land);
            switch (maatstaf)
            {
                case "opvang-vervolg-binnen-36-uur":
                    Neem(gevonden, o.GevondenOp, o.Vervolg is { } v && v <= o.GevondenOp.AddHours(36));
                    break;
                case "opvang-tijd-tot-vervolg" when o.Vervolg is not null:
                    Neem(gevonden, o.GevondenOp, true, o.Vervolg.Value - o.GevondenOp);
                    break;
            }
        }

        return lijst;
    }

    private static (decimal?, long, decimal?) Aandeel(List<Waarneming> binnen) =>
        (binnen.Count == 0 ? null : Math.Round(100m * binnen.Count(w => w.Voldoet) / binnen.Count, 1, MidpointRounding.AwayFromZero), binnen.Count, null);

    private static (decimal?, long, decimal?) Duur(List<Waarneming> binnen)
    {
        var duren = binnen.Where(w => w.Duur is not null).Select(w => w.Duur!.Value).Order().ToList();
        decimal? Rang(int p) => duren.Count == 0 ? null
            : Math.Round((decimal)duren[Math.Max((int)Math.Ceiling(p / 100.0 * duren.Count), 1) - 1].TotalHours, 1, MidpointRounding.AwayFromZero);
        return (Rang(50), duren.Count, Rang(90));
    }

    /// <summary>The same data every time (a fixed seed); stored once per database.</summary>
    private async Task<(Regiodefinitie, List<MeldingSpec>, List<OpvangSpec>)> ZaaiAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
        var indeling = await cijfers.IndelingAsync(default);
        var regio = Indeling.EenheidAlsRegio(indeling, "DH");
        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var organisaties = (await db.Set<Organisatie>().Select(o => new { o.Id, o.Type, o.Naam }).ToListAsync())
            .OrderBy(o => o.Naam, StringComparer.Ordinal).GroupBy(o => o.Type).Select(g => g.First()).Take(4).ToList();
        // A municipality of another unit where the reference data holds one; "GM9999" is a code no municipality has.
        var buiten = indeling.Gemeenten.Where(g => g.EenheidCode != "DH").Select(g => g.CbsCode).Order(StringComparer.Ordinal).Take(1);
        string?[] gemeenten = [.. regio.GemeenteCodes.Take(5), "GM0518", "GM0518", null, .. buiten, "GM9999"];
        string[][] vormen = [["arbeid"], ["seksueel;arbeid", "seksueel", "arbeid"], ["", "onbekend"], ["crimineel;crimineel", "crimineel"], ["arbeid;onzin", "arbeid"]];
        var randen = new[]
        {
            new DateTimeOffset(Jaar - 1, 12, 31, 23, 30, 0, TimeSpan.Zero), // 1 January 00:30 in Dutch time: the first quarter
            new DateTimeOffset(Jaar, 3, 31, 22, 30, 0, TimeSpan.Zero), // 1 April 00:30 (summer time): the second quarter
            new DateTimeOffset(Jaar, 6, 30, 21, 59, 0, TimeSpan.Zero), // 30 June 23:59: still the second quarter
            new DateTimeOffset(Jaar, 9, 30, 22, 0, 0, TimeSpan.Zero), // 1 October 00:00: the fourth quarter
            new DateTimeOffset(Jaar, 12, 31, 23, 30, 0, TimeSpan.Zero), // 1 January of the next year: not counted
        };

        var kans = new Random(17);
        T Een<T>(IReadOnlyList<T> uit) => uit[kans.Next(uit.Count)];
        var meldingen = new List<MeldingSpec>();
        for (var i = 0; i < 160; i++)
        {
            var ontvangen = i < randen.Length ? randen[i]
                : new DateTimeOffset(Jaar, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(kans.Next(0, 365 * 24 * 60));
            var vorm = Een(vormen);
            var triages = new List<TriageSpec>();
            var aantalTriages = kans.Next(0, 4) switch { 0 => 0, 3 => 2, _ => 1 };
            for (var t = 0; t < aantalTriages; t++)
            {
                triages.Add(new TriageSpec(kans.Next(4) == 0 ? null : Een(gemeenten), Een(Enum.GetValues<Zijde>()), ontvangen.AddMinutes(30 + kans.Next(0, 5000) + t * 60)));
            }

            var verwijzingen = new List<VerwijzingSpec>();
            for (var d = 0; triages.Count > 0 && d < kans.Next(0, 3); d++)
            {
                var org = Een(organisaties);
                var verstuurd = triages[0].Tijdstip.AddMinutes(60 + kans.Next(0, 20000));
                var uiterlijk = verstuurd.AddHours(24);
                var geregistreerd = kans.Next(2) == 0 ? verstuurd.AddDays(kans.Next(1, 40)) : (DateTimeOffset?)null;
                verwijzingen.Add(new VerwijzingSpec(org.Id, org.Type, Een(Enum.GetValues<Rol>()), verstuurd, uiterlijk,
                    kans.Next(4) switch { 0 => null, 1 => uiterlijk.AddHours(2), 2 => uiterlijk, _ => verstuurd.AddHours(3) },
                    geregistreerd is null ? null : Een(Partijsoorten.Alle), geregistreerd));
            }

            meldingen.Add(new MeldingSpec(Guid.NewGuid(), ontvangen, Een(gemeenten), kans.Next(6) == 0 ? MeldingSoort.Adviesvraag : MeldingSoort.Melding,
                kans.Next(10) == 0, Een(Enum.GetValues<MelderType>()), Een(Enum.GetValues<Kanaal>()), vorm[0], vorm.Length == 1 ? vorm : vorm[1..],
                Een(Enum.GetValues<JaNeeOnbekend>()), kans.Next(5) == 0,
                kans.Next(3) == 0 ? null : ontvangen.AddHours(kans.Next(1, 300)), kans.Next(3) == 0 ? null : ontvangen.AddDays(kans.Next(1, 120)),
                triages, verwijzingen));
        }

        var opvang = new List<OpvangSpec>();
        for (var i = 0; i < 40; i++)
        {
            var gevonden = i == 0 ? randen[1] : new DateTimeOffset(Jaar, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(kans.Next(0, 365 * 24 * 60));
            var nachten = Enumerable.Range(0, kans.Next(0, 3)).Select(n => DateOnly.FromDateTime(gevonden.UtcDateTime).AddDays(n)).ToList();

            opvang.Add(new OpvangSpec(Guid.NewGuid(), Een(gemeenten.Where(g => g != "GM9999").ToList()), kans.Next(4) == 0 ? null : Een(gemeenten),
                gevonden, kans.Next(5) == 0 ? null : gevonden.AddHours(2), kans.Next(4) == 0 ? null : gevonden.AddHours(kans.Next(5, 120)), nachten));
        }

        var begin = new DateTimeOffset(Jaar - 1, 12, 1, 0, 0, 0, TimeSpan.Zero);
        if (!await db.Set<Melding>().AnyAsync(m => m.OntvangenOp >= begin && m.OntvangenOp < begin.AddYears(1).AddMonths(2)))
        {
            await BewaarAsync(db, rsiv, meldingen, opvang);
        }

        return (regio, meldingen, opvang);
    }

    private static async Task BewaarAsync(SchakelDbContext db, Guid rsiv, List<MeldingSpec> meldingen, List<OpvangSpec> opvang)
    {
        var entiteiten = new Dictionary<Guid, Melding>();
        foreach (var r in meldingen)
        {
            db.Add(entiteiten[r.Id] = new Melding
            {
                Id = r.Id, Soort = r.Soort, MelderType = r.Melder, Kanaal = r.Kanaal, OmschrijvingVersleuteld = "niet gelezen",
                GemeenteCode = r.Gemeente, OntvangenOp = r.Ontvangen, MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = r.Vormen,
                MinderjarigBetrokken = r.Minderjarig, AcuutGevaar = r.Acuut, IngezienOp = r.Ingezien, TeruggekoppeldOp = r.Teruggekoppeld,
                Status = r.Samengevoegd ? MeldingStatus.Samengevoegd : MeldingStatus.Ontvangen,
                SamengevoegdMetId = r.Samengevoegd ? meldingen[0].Id : null,
            });
        }

        await db.SaveChangesAsync();
        // Triages in rounds, each saved before the next, so the later triage of a report has the higher id (the newest).
        var eerste = new Dictionary<Guid, MeldingTriage>();
        for (var ronde = 0; ronde < 2; ronde++)
        {
            foreach (var r in meldingen.Where(r => r.Triages.Count > ronde))
            {
                var t = r.Triages[ronde];
                var triage = new MeldingTriage
                {
                    MeldingId = r.Id, OrganisatieId = rsiv, Tijdstip = t.Tijdstip, Zijde = t.Zijde, GemeenteCode = t.Gemeente, Urgentie = Urgentie.Normaal,
                };
                db.Add(triage);
                // As the triage page does: the report carries its newest triage (Melding.Trieer).
                entiteiten[r.Id].Trieer(triage);
                eerste.TryAdd(r.Id, triage);
            }

            await db.SaveChangesAsync();
        }

        foreach (var r in meldingen.Where(r => r.Verwijzingen.Count > 0))
        {
            var besluit = new Routebesluit { Id = Guid.NewGuid(), MeldingId = r.Id, TriageId = eerste[r.Id].Id, OrganisatieId = rsiv, Tijdstip = r.Triages[0].Tijdstip };
            db.Add(besluit);
            foreach (var d in r.Verwijzingen)
            {
                var rij = new DoorverwijzingRij
                {
                    Id = Guid.NewGuid(), MeldingId = r.Id, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = rsiv, OntvangerOrganisatieId = d.Ontvanger,
                    Rol = d.Rol, Deelniveau = Deelniveau.Geen, Doel = "toets", VerstuurdOp = d.Verstuurd, EersteActieUiterlijk = d.Uiterlijk,
                    EersteActieOp = d.Actie, Status = DoorverwijzingStatus.Geaccepteerd,
                };
                db.Add(rij);
                entiteiten[r.Id].Doorverwezen(rij.VerstuurdOp);
                if (d.Geregistreerd is { } op)
                {
                    db.Add(new CoMenshaRegistratie { Id = Guid.NewGuid(), DoorverwijzingId = rij.Id, GeregistreerdOp = op, Partijsoort = d.Partijsoort!, VastgelegdOp = op });
                }
            }
        }

        foreach (var o in opvang)
        {
            db.Add(new Plaatsingsverzoek
            {
                Id = o.Id, AanvragerOrganisatieId = rsiv, Behoefte = new Behoefte { Geslacht = Geslacht.Vrouw },
                GevondenOp = o.GevondenOp, GevondenInGemeenteCode = o.Gevonden, VerantwoordelijkeGemeenteCode = o.Verantwoordelijke,
                AangemaaktOp = o.GevondenOp, EersteOpvangOp = o.Bevestigd?.AddHours(-1), EersteOpvangBevestigdOp = o.Bevestigd, VervolgGeregeldOp = o.Vervolg,
            });
            db.AddRange(o.Nachten.Select(n => new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = o.Id, Nacht = n, VastgelegdOp = o.GevondenOp }));
        }

        await db.SaveChangesAsync();
    }
}

public sealed class MonitorTellingTestsSqlite(SqliteFactory factory) : MonitorTellingTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorTellingTestsPostgres(PostgresFactory factory) : MonitorTellingTests(factory), IClassFixture<PostgresFactory>;
