using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Meldpunt.Publiek.Informatie;

public sealed record Signaal(string Code, string Label, string? Lang);

public sealed record Signaalgroep(string Naam, string? Lang, IReadOnlyList<Signaal> Signalen);

/// <summary>The active signs by group, in the reader's language (easy Dutch included), ready for _Signalen.</summary>
public static class Signalenkaart
{
    public static async Task<IReadOnlyList<Signaalgroep>> LeesAsync(SchakelDbContext db, HttpContext http, Func<Indicator, bool>? filter, CancellationToken ct)
    {
        var taal = Signaaltaal.Huidig(EenvoudigeTaal.IsAan(http));
        var signalen = (await MeldFormulier.IndicatorenAsync(db, ct)).Where(filter ?? (_ => true)).ToList();
        var namen = taal == "nl"
            ? new Dictionary<(string, string), string>()
            : await db.Set<IndicatorGroepTekst>().AsNoTracking().Where(g => g.Taal == taal || g.Taal == "en")
                .ToDictionaryAsync(g => (g.Groep, g.Taal), g => g.Naam, ct);
        return [.. signalen.GroupBy(i => i.Groep).Select(g =>
        {
            var (naam, lang) = Signaaltaal.Groep(g.Key, taal, namen);
            return new Signaalgroep(naam, lang, [.. g.Select(i =>
            {
                var (label, l) = Signaaltaal.Label(i, taal);
                return new Signaal(i.Code, label, l);
            })]);
        })];
    }
}
