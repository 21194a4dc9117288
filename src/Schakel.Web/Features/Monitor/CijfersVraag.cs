using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// One value. <c>status</c>: <c>berekend</c> (from Schakel's data), <c>geimporteerd</c> (from a partner, with
/// <c>bron</c>) or <c>geenGegevens</c> (no figure: <c>waarde</c> is null, which is not 0).
/// </summary>
public sealed record CijferWaarde(string Categorie, decimal? Waarde, bool Verborgen, string? Reden, long? Noemer, decimal? P90,
    string Status = CijferStatus.Berekend, CijferBron? Bron = null);

public static class CijferStatus
{
    public const string Berekend = "berekend";
    public const string Geimporteerd = "geimporteerd";
    public const string GeenGegevens = "geenGegevens";

    public static string Van(Cijferherkomst h) => h switch
    {
        Cijferherkomst.Geimporteerd => Geimporteerd,
        Cijferherkomst.GeenGegevens => GeenGegevens,
        _ => Berekend,
    };
}

public sealed record CijfersAntwoord(
    string Maatstaf, string Naam, string Definitie, string Eenheid, string Bron,
    string Periode, IReadOnlyList<string> Kwartalen, string Gebied, string GebiedNaam, string Uitsplitsing, string Editie,
    int Drempel, string Regel, IReadOnlyList<CijferWaarde> Waarden);

/// <summary>
/// Answers one question for figures (measure, period, geography, breakdown, public or internal) from the same tables
/// and suppression the report uses, so the API never shows a cell the report hides.
/// </summary>
public sealed class CijfersVraag(MonitorCijfers cijfers, TimeProvider tijd)
{
    public const string RegelTekst =
        "Aantallen uit Schakels eigen zaakgegevens tussen 0 en de drempel T (0 < n < T) tonen we niet ('< T'); om te voorkomen " +
        "dat zo'n cel uit totalen, districten, kwartalen of het jaar is terug te rekenen, verbergen we waar nodig ook andere " +
        "cellen. Het lopende kwartaal is niet openbaar. Een echte 0 tonen we als 0.";

    public sealed record Uitkomst(CijfersAntwoord? Antwoord, Dictionary<string, string> Fouten, string? EenheidCode);

    public async Task<Uitkomst> BeantwoordAsync(
        string? maatstaf, string? periode, string? gebied, string? uitsplitsing, bool publiek, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        var m = Maatstaven.Zoek(maatstaf) ?? PartnerMaatstaven.Zoek(maatstaf);
        if (m is null)
        {
            fouten["maatstaf"] = $"Kies een van: {string.Join(", ", Maatstaven.Alle.Concat(PartnerMaatstaven.Alle).Select(x => x.Code))}.";
        }
        else if (PartnerPeriode.TryParse(periode, out var pp)
            && (PartnerMaatstaven.Zoek(m.Code) is not null || pp.Jaar < await cijfers.StartjaarAsync(ct)))
        {
            return await ImportAntwoordAsync(m, pp, gebied, uitsplitsing, publiek, ct);
        }

        var u = string.IsNullOrEmpty(uitsplitsing) ? Core.Monitor.Uitsplitsing.Geen : uitsplitsing;
        if (m is not null && !m.Uitsplitsingen.Contains(u))
        {
            fouten["uitsplitsing"] = $"Deze maatstaf kent: {string.Join(", ", m.Uitsplitsingen)}.";
        }

        var nu = tijd.GetUtcNow();
        if (!Periode.TryParse(periode, out var p))
        {
            fouten["periode"] = "Geef een jaar (2026), kwartaal (2026-K3) of maand (2026-07).";
        }
        else if (publiek && p.Soort == PeriodeSoort.Maand)
        {
            fouten["periode"] = "Openbare cijfers zijn er per kwartaal en per jaar.";
        }
        else if (publiek && p.Soort == PeriodeSoort.Kwartaal && !p.IsAfgerond(nu))
        {
            fouten["periode"] = "Dit kwartaal is nog niet afgerond en dus niet openbaar.";
        }
        else if (Periode.Lokaal(nu) < p.Begin)
        {
            fouten["periode"] = "Deze periode is nog niet begonnen.";
        }

        var indeling = await cijfers.IndelingAsync(ct);
        var (soort, regio, tabelSleutel, naam) = Lees(indeling, gebied);
        if (soort is null)
        {
            fouten["gebied"] = "Geef land, eenheid:DH, district:DH-A, gemeente:GM0518 of regio:DH.";
        }
        else if (publiek && regio is null)
        {
            fouten["gebied"] = "Landelijke cijfers zijn er alleen intern.";
        }

        if (fouten.Count > 0 || m is null || soort is null)
        {
            return new Uitkomst(null, fouten, null);
        }

        var drempel = regio is null ? Suppressie.StandaardDrempel : cijfers.Drempel(regio.Code);
        List<CijferWaarde> waarden;
        IReadOnlyList<string> kwartalen;
        if (regio is not null && p.Soort != PeriodeSoort.Maand)
        {
            var tabel = await cijfers.TabelAsync(regio, p.Jaar, m, u, publiek, drempel, null, ct);
            kwartalen = cijfers.Kwartalen(p.Jaar, publiek).Select(k => k.ToString()).ToList();
            waarden = tabel.Cellen.Where(c => c.Gebied == tabelSleutel && c.Periode == p.ToString())
                .Select(c => new CijferWaarde(c.Categorie, c.Waarde, c.Verborgen, c.Reden, c.Noemer, c.P90, CijferStatus.Van(c.Herkomst), c.Bron)).ToList();
        }
        else
        {
            // Internal only: a month, or the whole country. Counted from the same grouped queries as the tables (a month
            // grouped as one part, so its stand-ins lie inside it), by the same rules, without a table around it.
            var groepen = await cijfers.GroepenAsync(m, p.Soort == PeriodeSoort.Maand ? p : Periode.VanJaar(p.Jaar), ct);
            var gebiedObject = new Gebied(soort.Value, tabelSleutel.Split(':').Last(), naam);
            bool Telt(Toewijzing t) => regio is not null && tabelSleutel.StartsWith("regio:", StringComparison.Ordinal)
                ? Indeling.InRegio(t, regio) : indeling.Telt(t, gebiedObject);
            kwartalen = p.Kwartalen().Select(k => k.ToString()).ToList();
            waarden = Gegroepeerd(m, u, groepen, p, Telt);
        }

        return new Uitkomst(new CijfersAntwoord(m.Code, m.Naam, m.Definitie, m.Eenheid, m.Bron, p.ToString(), kwartalen,
            gebied!, naam, u, publiek ? "publiek" : "intern", drempel, RegelTekst, waarden), fouten, regio?.EenheidCode);
    }

    /// <summary>
    /// Imported figures (a partner measure, or a year before Schakel): any geography a source delivers, including the
    /// whole country, and a partner's own from–to range as period. Public: only finished periods, only what the source published.
    /// </summary>
    private async Task<Uitkomst> ImportAntwoordAsync(
        Maatstaf m, PartnerPeriode p, string? gebied, string? uitsplitsing, bool publiek, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        var u = string.IsNullOrEmpty(uitsplitsing) ? Core.Monitor.Uitsplitsing.Geen : uitsplitsing;
        if (u is not (Core.Monitor.Uitsplitsing.Geen or Core.Monitor.Uitsplitsing.Uitbuitingsvorm))
        {
            fouten["uitsplitsing"] = "Geïmporteerde cijfers kennen: geen, uitbuitingsvorm.";
        }

        if (publiek && DateOnly.FromDateTime(Periode.Lokaal(tijd.GetUtcNow())) <= p.Tot)
        {
            fouten["periode"] = "Deze periode is nog niet afgerond en dus niet openbaar.";
        }

        var indeling = await cijfers.IndelingAsync(ct);
        var sleutel = PartnerRijen.NormaliseerGebied(indeling, gebied ?? "");
        if (sleutel is null || !(gebied ?? "").Contains(':', StringComparison.Ordinal) && gebied != "land")
        {
            fouten["gebied"] = "Geef land, eenheid:DH, district:DH-A, gemeente:GM0518 of regio:DH.";
            sleutel = null;
        }

        if (fouten.Count > 0 || sleutel is null)
        {
            return new Uitkomst(null, fouten, null);
        }

        var rijen = (await cijfers.ImportcijfersAsync(m, ct)).Where(a => a.Rij.Gebied == sleutel && a.Rij.Periode == p.Label)
            .ToDictionary(a => a.Rij.Categorie);
        var categorieen = u == Core.Monitor.Uitsplitsing.Uitbuitingsvorm ? Telling.Categorieen(u).Append(Core.Monitor.Uitsplitsing.Totaal).ToList()
            : [Core.Monitor.Uitsplitsing.Totaal];
        var waarden = categorieen.Select(c => MonitorCijfers.ImportCel(sleutel, p.Label, c, rijen.GetValueOrDefault(c), publiek))
            .Select(c => new CijferWaarde(c.Categorie, c.Waarde, c.Verborgen, c.Reden, null, null, CijferStatus.Van(c.Herkomst), c.Bron)).ToList();
        var naam = sleutel == "land" ? "Nederland" : Lees(indeling, sleutel.Replace("regio:", "eenheid:", StringComparison.Ordinal)).Naam;
        var eenheid = sleutel.StartsWith("regio:", StringComparison.Ordinal) ? sleutel[6..]
            : sleutel.StartsWith("gemeente:", StringComparison.Ordinal) ? indeling.Gemeente(sleutel[9..])?.EenheidCode
            : sleutel.StartsWith("district:", StringComparison.Ordinal) ? sleutel[9..].Split('-')[0] : null;
        return new Uitkomst(new CijfersAntwoord(m.Code, m.Naam, m.Definitie, m.Eenheid, m.Bron, p.Label, [], gebied!, naam, u,
            publiek ? "publiek" : "intern", cijfers.Drempel(eenheid ?? ""), ImportRegelTekst, waarden), fouten, eenheid);
    }

    public const string ImportRegelTekst =
        "Cijfers van partners tonen we zoals de bron ze publiceerde, met bron, document, paragraaf en datum; wat de bron niet " +
        "publiceerde blijft intern. Ontbreekt een cijfer, dan staat er 'geen gegevens' (waarde leeg), niet 0.";

    /// <summary>
    /// A figure from grouped facts: each group's stand-in is read by the rules in <see cref="Telling"/> like one fact and
    /// weighs as many as the group holds, so the figure is that of counting fact by fact.
    /// </summary>
    private static List<CijferWaarde> Gegroepeerd(Maatstaf m, string u, IReadOnlyList<Feitgroep> groepen, Periode p, Func<Toewijzing, bool> telt)
    {
        bool Binnen(Toewijzing? plaats, DateTimeOffset moment) => plaats is not null && p.Bevat(moment) && telt(plaats);
        if (m.Soort == MaatstafSoort.Aantal)
        {
            var per = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var g in groepen)
            {
                foreach (var t in Telling.Telpunten(m, u, g.Feit).Where(t => Binnen(t.Plaats, t.Moment)))
                {
                    per[t.Categorie] = per.GetValueOrDefault(t.Categorie) + g.Aantal;
                }
            }

            return Telling.Categorieen(u).Select(c => new CijferWaarde(c, per.GetValueOrDefault(c), false, null, null, null)).ToList();
        }

        long noemer = 0, teller = 0;
        var duren = new List<TimeSpan>();
        foreach (var g in groepen)
        {
            foreach (var w in Telling.Waarnemingen(m, g.Feit).Where(w => Binnen(w.Plaats, w.Moment)))
            {
                noemer += g.Aantal;
                teller += w.Voldoet ? g.Aantal : 0;
                if (w.Duur is { } duur)
                {
                    duren.AddRange(Enumerable.Repeat(duur, (int)g.Aantal));
                }
            }
        }

        if (m.Soort == MaatstafSoort.Aandeel)
        {
            return [new CijferWaarde(Core.Monitor.Uitsplitsing.Totaal,
                noemer == 0 ? null : Math.Round(100m * teller / noemer, 1, MidpointRounding.AwayFromZero), false, null, noemer, null)];
        }

        var d = Telling.Duur(duren);
        return [new CijferWaarde(Core.Monitor.Uitsplitsing.Totaal, (decimal?)d.MediaanUur, false, null, d.Aantal, (decimal?)d.P90Uur)];
    }

    /// <summary>The geography asked for, the region whose tables hold it, and its key in those tables.</summary>
    public static (GebiedSoort? Soort, Regiodefinitie? Regio, string Sleutel, string Naam) Lees(Indeling indeling, string? gebied)
    {
        if (gebied == "land")
        {
            return (GebiedSoort.Land, null, "land", "Nederland");
        }

        var delen = (gebied ?? "").Split(':');
        if (delen.Length != 2)
        {
            return (null, null, "", "");
        }

        var code = delen[1];
        switch (delen[0])
        {
            case "eenheid" or "regio" when indeling.Eenheden.ContainsKey(code):
                var r = Indeling.EenheidAlsRegio(indeling, code);
                return (delen[0] == "regio" ? GebiedSoort.Regio : GebiedSoort.Eenheid, r, Margetabel.RegioSleutel(r), r.Naam);
            case "gemeente" when indeling.Gemeente(code) is { } g:
                return (GebiedSoort.Gemeente, Indeling.EenheidAlsRegio(indeling, g.EenheidCode), $"gemeente:{code}", g.Naam);
            case "district":
                var eenheid = code.Split('-')[0];
                if (!indeling.Eenheden.ContainsKey(eenheid))
                {
                    return (null, null, "", "");
                }

                var regio = Indeling.EenheidAlsRegio(indeling, eenheid);
                return indeling.DistrictenVan(regio).Contains(code)
                    ? (GebiedSoort.District, regio, $"district:{code}", indeling.DistrictNaam(code))
                    : (null, null, "", "");
            default:
                return (null, null, "", "");
        }
    }
}
