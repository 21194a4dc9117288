using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>
/// Draws the map from the current rule rows: the trigger said in words from the rule's conditions, the receivers
/// from its outcomes, and an explanation per audience. Only active rules are on the map. The words follow the
/// reader's language; a rule's own name and explanation are Dutch data and appear only on the professionals' map.
/// </summary>
public sealed class MeldroutekaartOpbouw(MeldrouteOpslag route, SchakelDbContext db, IStringLocalizer<MeldroutekaartTeksten> t)
{
    public async Task<Kaart> MaakAsync(bool intern, CancellationToken ct = default)
    {
        var rijen = await route.HuidigeRijenAsync(ct);
        var versie = (await route.HuidigeAsync(ct)).Versie;
        // Every change stores a new rule version from that moment, a switched-off rule too: the newest is the map's date.
        var gewijzigd = await LaatsteWijzigingAsync(ct);
        var contacten = intern ? await ContactenAsync(ct) : null;
        var regels = rijen.Where(r => r.Actief)
            .Select(r => Regel(r, contacten))
            .ToList();
        return new Kaart(versie, gewijzigd, regels, intern);
    }

    private async Task<DateTimeOffset> LaatsteWijzigingAsync(CancellationToken ct)
    {
        // Sorting DateTimeOffset is done in memory: SQLite stores them as binary ticks.
        var data = await db.Set<MeldrouteRegelVersie>().AsNoTracking().Select(r => r.GeldigVanaf).ToListAsync(ct);
        return data.Count == 0 ? DateTimeOffset.UnixEpoch : data.Max();
    }

    // Only organisations that receive reports are contacts on the map: a trainer or national body never is, even when a
    // rule names its type (Casusontvangst).
    private async Task<ILookup<OrganisatieType, KaartContact>> ContactenAsync(CancellationToken ct) =>
        (await db.Set<Organisatie>().AsNoTracking().DieCasussenOntvangen().Where(o => o.Type != OrganisatieType.Gemeente).ToListAsync(ct))
            .OrderBy(o => o.Naam, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), false))
            .ToLookup(o => o.Type, o => new KaartContact(o.Naam, o.Telefoon, o.Email, o.Website));

    private KaartRegel Regel(MeldrouteRegelVersie rij, ILookup<OrganisatieType, KaartContact>? contacten)
    {
        var regel = rij.NaarRegel();
        var ontvangers = regel.Uitkomsten.Select(u => new KaartOntvanger(
            u.Doeltype, TypeNaam(u.Doeltype), u.Rol, u.Rol == Rol.Behandelaar ? t["Behandelaar"] : t["Informeren"], u.Spoed,
            contacten is null ? null : new KaartIntern(
                u.Functie, Invullen(u), u.Deelniveau,
                u.Doeltype == OrganisatieType.Gemeente ? [] : contacten[u.Doeltype].ToList()))).ToList();
        return new KaartRegel(regel.Nummer, regel.Code, regel.Naam, regel.Versie, rij.GeldigVanaf,
            Aanleiding(regel.Voorwaarden), ontvangers, Uitleg(ontvangers));
    }

    private static string Invullen(RegelUitkomst u) => u.Uitleg
        .Replace("{organisatie}", OrganisatieTypeTekst.Naam(u.Doeltype), StringComparison.Ordinal)
        .Replace("{gemeente}", "de gemeente", StringComparison.Ordinal)
        .Replace("{functie}", u.Functie ?? OrganisatieTypeTekst.Naam(u.Doeltype), StringComparison.Ordinal);

    private KaartUitleg Uitleg(IReadOnlyList<KaartOntvanger> ontvangers)
    {
        var behandelaars = Lijst(ontvangers.Where(o => o.Rol == Rol.Behandelaar).Select(o => o.Naam).Distinct());
        if (behandelaars.Length == 0)
        {
            behandelaars = Lijst(ontvangers.Select(o => o.Naam).Distinct());
        }
        var geinformeerd = ontvangers.Where(o => o.Rol == Rol.Informeren).Select(o => o.Naam).Distinct().ToList();
        var aanvulling = (ontvangers.Any(o => o.Rol == Rol.Behandelaar) && geinformeerd.Count > 0 ? " " + t["U_Geinformeerd", Lijst(geinformeerd)] : "")
            + (ontvangers.Any(o => o.Spoed) ? " " + t["U_Spoed"] : "");
        return new KaartUitleg(
            t["U_Professional", behandelaars] + aanvulling,
            t["U_Gemeente", behandelaars] + aanvulling,
            (ontvangers.Any(o => o.Spoed) ? t["U_Spoed"] + " " : "") + t["U_Burger", behandelaars]);
    }

    private string TypeNaam(OrganisatieType type) => t["Type_" + type];

    /// <summary>The conditions of a rule in words: every set condition, joined by "and"; none is "every signal".</summary>
    public string Aanleiding(RegelVoorwaarden v)
    {
        var delen = Delen(v);
        return delen.Count == 0 ? t["Elk"] : string.Join(t["En"], delen);
    }

    private List<string> Delen(RegelVoorwaarden v)
    {
        var d = new List<string>();
        if (v.Uitbuitingsvormen is { Count: > 0 } vormen)
        {
            d.Add(t["T_Vormen", OfLijst(vormen.Select(x => t["Vorm_" + x].Value))]);
        }
        if (v.Zijden is { Count: > 0 } zijden)
        {
            d.Add(t["T_Zijden", OfLijst(zijden.Select(x => t["Zijde_" + x].Value))]);
        }
        if (v.Urgenties is { Count: > 0 } urgenties)
        {
            d.Add(t["T_Urgenties", OfLijst(urgenties.Select(x => t["Urgentie_" + x].Value))]);
        }
        if (v.MinderjarigBetrokken is { } minderjarig)
        {
            d.Add(t["T_Minderjarig" + minderjarig]);
        }
        var plaatsen = (v.GemeenteCodes ?? []).Concat(v.DistrictCodes ?? []).ToList();
        if (plaatsen.Count > 0)
        {
            d.Add(t["T_Plaats", OfLijst(plaatsen)]);
        }
        if (v.MelderTypen is { Count: > 0 } melders)
        {
            d.Add(t["T_Melders", OfLijst(melders.Select(x => t["Melder_" + x].Value))]);
        }
        if (v.Kanalen is { Count: > 0 } kanalen)
        {
            d.Add(t["T_Kanalen", OfLijst(kanalen.Select(x => t["Kanaal_" + x].Value))]);
        }
        if (v.AanknopingspuntAanwezig is { } aanknopingspunt)
        {
            d.Add(t[aanknopingspunt ? "T_AanknopingspuntJa" : "T_AanknopingspuntNee"]);
        }
        if (v.AanknopingspuntSoorten is { Count: > 0 } soorten)
        {
            d.Add(t["T_Soorten", OfLijst(soorten.Select(x => t["Soort_" + x].Value))]);
        }
        if (v.Indicatoren is { Count: > 0 } indicatoren)
        {
            d.Add(t["T_Indicatoren", string.Join(", ", indicatoren)]);
        }
        if (v.MelderIsGemeentemedewerker is { } gemeente)
        {
            d.Add(t[gemeente ? "T_GemeentemedewerkerJa" : "T_GemeentemedewerkerNee"]);
        }
        if (v.IllegaleProstitutieOfMalafideBedrijf is { } illegaal)
        {
            d.Add(t[illegaal ? "T_IllegaalJa" : "T_IllegaalNee"]);
        }
        if (v.EenVan is { Count: > 0 } eenVan)
        {
            var alternatieven = eenVan.Select(Delen).Where(x => x.Count > 0).Select(x => string.Join(t["En"], x)).ToList();
            if (alternatieven.Count > 0)
            {
                d.Add(t["T_EenVan", string.Join(t["Puntkomma"], alternatieven)]);
            }
        }
        return d;
    }

    private string OfLijst(IEnumerable<string> woorden) => Samen(woorden.ToList(), t["Of"]);

    private string Lijst(IEnumerable<string> woorden) => Samen(woorden.ToList(), t["En"]);

    private static string Samen(IReadOnlyList<string> woorden, string laatste) => woorden.Count switch
    {
        0 => "",
        1 => woorden[0],
        _ => string.Join(", ", woorden.Take(woorden.Count - 1)) + laatste + woorden[^1],
    };
}
