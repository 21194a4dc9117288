using System.Globalization;
using Microsoft.Extensions.Localization;
using Schakel.Core.Keten;
using Schakel.Core.Monitor;
using Schakel.Core.Sturing;
using Schakel.Web.Features.Bewustwording;
using Bewustwording = Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Keten.Gids.Publiek;
using Schakel.Web.Features.Keten.Meldroutekaart;
using Schakel.Web.Features.Sturing;

namespace Schakel.Web.Features.Monitor;

/// <summary>One cell of a chain table: a number (drawn in the chart and written as a number in CSV/XLSX) or a text.</summary>
public sealed record KetenCel(string? Tekst, decimal? Getal = null);

/// <summary>One table of a chain section; <see cref="GrafiekKolom"/> names the column drawn as a bar chart per row.</summary>
public sealed record KetenTabel(string Naam, string Titel, IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<KetenCel>> Rijen, int? GrafiekKolom = null,
    bool LaatsteRijIsTotaal = false);

/// <summary>
/// A chain section as drawn from its source for the edition's region and year, at <see cref="Peilmoment"/>. It is part of
/// the edition's snapshot, so a published report keeps what its sources said on the day of publication.
/// </summary>
public sealed record KetenInhoud(string Bron, DateTimeOffset Peilmoment, string Bevinding, string Toelichting, IReadOnlyList<KetenTabel> Tabellen);

/// <summary>
/// Draws the chain sections of the monitor from the parts of Schakel that hold them: trainings and meetings
/// (Bewustwording), the basic-level checklist per municipality (Sturing), the partner directory and the focal-officer
/// register (Keten) and the reporting-route map (Keten). Aggregates and organisation names only, never a person: the
/// report is public once published. These are not case data, so no small-number suppression applies to them.
/// </summary>
public sealed class Ketensecties(
    Bewustwording.ITrainingsdekking dekking, IBijeenkomstenTelling bijeenkomsten, Basisniveaulijst basisniveau, IAandachtsfunctionarissen register,
    PubliekeGids gids, MeldroutekaartOpbouw route, IStringLocalizer<GidsTeksten> gidsTekst, IStringLocalizer<SturingTeksten> sturingTekst,
    TimeProvider tijd)
{
    public const string Bewustwording = "Bewustwording";
    public const string Sturing = "Sturing";
    public const string Keten = "Keten";
    public const string Route = "Gids";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The section's content from its source, or null for a source the monitor does not know.</summary>
    public async Task<KetenInhoud?> MaakAsync(string ketenbron, Regiodefinitie regio, IReadOnlyDictionary<string, string> namen, int jaar, CancellationToken ct)
    {
        // The report is published in Dutch: the sources' words (route, service kinds, verdicts) are taken in Dutch too.
        var cultuur = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Nl;
        try
        {
            return ketenbron switch
            {
                Bewustwording => await BewustwordingAsync(regio, namen, jaar, ct),
                Sturing => await SturingAsync(regio, namen, jaar, ct),
                Keten => await KetenAsync(regio, namen, jaar, ct),
                Route => await RouteAsync(ct),
                _ => null,
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = cultuur;
        }
    }

    /// <summary>The end of a year in Dutch time (winter time, UTC+1): the last moment of 31 December.</summary>
    public static DateTimeOffset Peilmoment(int jaar) => new DateTimeOffset(jaar + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddTicks(-1).ToUniversalTime();

    private static KetenCel G(decimal getal) => new(null, getal);

    private static KetenCel T(string tekst) => new(tekst);

    private async Task<KetenInhoud> BewustwordingAsync(Regiodefinitie regio, IReadOnlyDictionary<string, string> namen, int jaar, CancellationToken ct)
    {
        var van = new DateTimeOffset(jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tot = van.AddYears(1);
        var rijen = new List<IReadOnlyList<KetenCel>>();
        int rollen = 0, rollenOpen = 0, functionarissen = 0, getraind = 0;
        // One read per source for the whole region, not one per municipality.
        var tellingen = await bijeenkomsten.TelInRegioAsync(regio.GemeenteCodes, van, tot, ct);
        var standen = await dekking.VoorAsync(regio.GemeenteCodes, jaar, ct);
        foreach (var (g, stand) in regio.GemeenteCodes.Zip(standen.Select(s => s.Stand)))
        {
            var telling = tellingen.PerGemeente[g];
            var ff = stand.Functionarissen.Count(f => f.Getraind);
            rollen += stand.RollenGetraind.Count;
            rollenOpen += stand.RollenAchterstallig.Count;
            functionarissen += stand.Functionarissen.Count;
            getraind += ff;
            rijen.Add([T(namen.GetValueOrDefault(g, g)), G(telling.Gehouden), G(telling.Aanwezigen), G(stand.RollenGetraind.Count),
                G(stand.RollenAchterstallig.Count), G(ff), G(stand.Functionarissen.Count)]);
        }

        // A meeting for several municipalities counts once per municipality above; the region counts each meeting of its
        // municipalities once. A meeting without a municipality belongs to no region.
        var alle = tellingen.Regio;
        rijen.Add([T($"{regio.Naam} (elke bijeenkomst één keer)"), G(alle.Gehouden), G(alle.Aanwezigen), G(rollen), G(rollenOpen), G(getraind), G(functionarissen)]);
        var tabel = new KetenTabel("bewustwording", "Bijeenkomsten en trainingen per gemeente",
            ["Gemeente", "Bijeenkomsten gehouden", "Aanwezigen", "Rollen getraind", "Rollen nog niet getraind", "Aandachtsfunctionarissen getraind", "Aandachtsfunctionarissen"],
            rijen, 1, LaatsteRijIsTotaal: true);
        var bevinding = $"In {jaar} {alle.Gehouden} bijeenkomsten met samen {alle.Aanwezigen} aanwezigen; {getraind} van de {functionarissen} " +
            "aandachtsfunctionarissen volgden hun jaarlijkse training.";
        return new KetenInhoud("Bewustwording: bijeenkomsten, trainingsplannen en aanwezigheid", tijd.GetUtcNow(), bevinding,
            "Een bijeenkomst telt bij elke gemeente die meedeed; de regio telt elke bijeenkomst van haar gemeenten één keer. Een " +
            "bijeenkomst zonder deelnemende gemeente hoort bij geen regio en telt hier niet mee. Een rol telt als getraind " +
            "als iemand in die rol dat jaar een training volgde; een aandachtsfunctionaris als die de training van het eigen spoor volgde.",
            [tabel]);
    }

    private async Task<KetenInhoud> SturingAsync(Regiodefinitie regio, IReadOnlyDictionary<string, string> namen, int jaar, CancellationToken ct)
    {
        // As it stood at the end of the edition's year (31 December, Dutch time), not as it stands on the day it is drawn.
        var peil = Peilmoment(jaar);
        var lijsten = (await basisniveau.ChecklistenAsync(regio.GemeenteCodes, peil, ct))
            .OrderBy(c => regio.GemeenteCodes.ToList().IndexOf(c.CbsCode)).ToList();

        var rijen = lijsten.Select(c => (IReadOnlyList<KetenCel>)
        [
            T(namen.GetValueOrDefault(c.CbsCode, c.Naam)), T(sturingTekst["Oordeel_" + c.Oordeel]),
            G(c.Items.Count(i => i.Stand == Basisniveaustand.Ja)), G(c.Items.Count),
            T(c.Beleid?.VastgesteldOp?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "geen gegevens"),
            T(c.EvaluatieVerwachtOp?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "geen gegevens"),
        ]).ToList();
        var tabel = new KetenTabel("beleid", "Basisniveau en beleid per gemeente",
            ["Gemeente", "Oordeel basisniveau", "Onderdelen op orde", "Onderdelen", "Beleid vastgesteld op", "Evaluatie verwacht"], rijen, 2);
        var oordelen = Enum.GetValues<Basisniveauoordeel>().Select(o => $"{lijsten.Count(c => c.Oordeel == o)} {sturingTekst["Oordeel_" + o].Value.ToLowerInvariant()}");
        return new KetenInhoud("Sturing: checklist basisniveau (Handreiking, VNG-kader)", tijd.GetUtcNow(),
            $"Op 31 december {jaar}, van de {lijsten.Count} gemeenten: {string.Join(", ", oordelen)}.",
            $"De checklist zoals die stond op 31 december {jaar}: per onderdeel het laatste antwoord dat tot en met die dag was " +
            "bevestigd. Wat Schakel zelf weet is berekend voor dat jaar: een aandachtsfunctionaris die toen in functie was (ook wie " +
            $"later vertrok), getraind in {jaar}, en zorgcoördinatie (zoals het werkgebied nu is). Het beleid is zoals het op die " +
            "dag was vastgelegd; een latere herziening verandert het niet.", [tabel]);
    }

    private async Task<KetenInhoud> KetenAsync(Regiodefinitie regio, IReadOnlyDictionary<string, string> namen, int jaar, CancellationToken ct)
    {
        var inRegio = regio.GemeenteCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A service without an area is national and serves the region too.
        var diensten = (await gids.DienstenAsync(null, ct)).Where(d => d.Gemeenten.Count == 0 || d.Gemeenten.Any(inRegio.Contains)).ToList();
        var perSoort = diensten.GroupBy(d => d.Soort).OrderBy(g => g.Key).Select(g => (IReadOnlyList<KetenCel>)
        [
            T(gidsTekst["Soort_" + g.Key]), G(g.Count()), G(g.Select(d => d.Organisatie.Id).Distinct().Count()),
            T(string.Join("; ", g.Select(d => d.Organisatie.Naam).Distinct().Order(StringComparer.Create(Nl, false)))),
        ]).ToList();
        var wie = new KetenTabel("wie-doet-wat", "Diensten in de regio naar soort",
            ["Soort dienst", "Diensten", "Organisaties", "Welke organisaties"], perSoort, 1);

        // The officers in office on 31 December of the edition's year (today for the current year): an officer who left
        // since still counts for the years served, one appointed later does not.
        var peildag = new DateOnly(jaar, 12, 31);
        var vandaag = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        var dag = peildag < vandaag ? peildag : vandaag;
        var actief = (await register.AlleAsync(alleenActief: false, ct)).Where(a => inRegio.Contains(a.GemeenteCode) && a.DiendeOp(dag)).ToList();
        var perGemeente = regio.GemeenteCodes.Select(g =>
        {
            var eigen = actief.Where(a => string.Equals(a.GemeenteCode, g, StringComparison.OrdinalIgnoreCase)).ToList();
            return (IReadOnlyList<KetenCel>)
            [
                T(namen.GetValueOrDefault(g, g)), G(eigen.Count), G(eigen.Count(a => a.Afdeling == Aandachtsfunctionarisafdeling.OOV)),
                G(eigen.Count(a => a.Afdeling == Aandachtsfunctionarisafdeling.SociaalDomein)),
                G(eigen.Count(a => a.Afdeling is Aandachtsfunctionarisafdeling.Vergunningen or Aandachtsfunctionarisafdeling.Overig)),
            ];
        }).ToList();
        var functionarissen = new KetenTabel("aandachtsfunctionarissen", "Aandachtsfunctionarissen per gemeente",
            ["Gemeente", "Actief", "Openbare orde en veiligheid", "Sociaal domein", "Andere afdeling"], perGemeente, 1);
        var zonder = perGemeente.Count(r => r[1].Getal == 0);
        return new KetenInhoud("Keten: partnergids en register van aandachtsfunctionarissen", tijd.GetUtcNow(),
            $"{diensten.Count} diensten van {diensten.Select(d => d.Organisatie.Id).Distinct().Count()} organisaties werken in de regio; " +
            $"{actief.Count} aandachtsfunctionarissen waren op {dag:yyyy-MM-dd} in functie, {zonder} van de {perGemeente.Count} gemeenten hadden er geen.",
            "Diensten uit de openbare partnergids; een dienst zonder werkgebied is landelijk en telt mee. Aandachtsfunctionarissen " +
            "als aantallen, zonder namen: wie op 31 december van het jaar in functie was (vandaag voor het lopende jaar).", [wie, functionarissen]);
    }

    private async Task<KetenInhoud> RouteAsync(CancellationToken ct)
    {
        var kaart = await route.MaakAsync(intern: false, ct);
        static string Namen(IEnumerable<KaartOntvanger> o) => string.Join("; ", o.Select(x => x.Naam).Distinct());
        var rijen = kaart.Regels.Select(r => (IReadOnlyList<KetenCel>)
        [
            T(r.Nummer.ToString(CultureInfo.InvariantCulture)), T(r.Aanleiding),
            T(Namen(r.Ontvangers.Where(o => o.Rol == Core.Doorverwijzing.Rol.Behandelaar))),
            T(Namen(r.Ontvangers.Where(o => o.Rol == Core.Doorverwijzing.Rol.Informeren)) is { Length: > 0 } i ? i : "—"),
            T(r.Ontvangers.Any(o => o.Spoed) ? "ja" : "nee"),
        ]).ToList();
        var tabel = new KetenTabel("route", $"De meldroute (versie {kaart.Versie})",
            ["Regel", "Wanneer", "Wie pakt het op", "Wie wordt geïnformeerd", "Met spoed"], rijen);
        return new KetenInhoud("Keten: meldroutekaart, getekend uit de geldende routeregels", tijd.GetUtcNow(),
            $"De meldroute telt {kaart.Regels.Count} actieve regels (versie {kaart.Versie}, laatst gewijzigd {kaart.GewijzigdOp:yyyy-MM-dd}).",
            "Zoals de openbare meldroutekaart de route toont op de peildatum.", [tabel]);
    }
}
