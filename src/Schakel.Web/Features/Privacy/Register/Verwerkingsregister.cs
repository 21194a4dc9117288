using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Declaraties;
using Schakel.Web.Features.Privacy.Grondslagen;

namespace Schakel.Web.Features.Privacy.Register;

/// <summary>The register of processing activities (AVG art. 30), generated; never edited by hand.</summary>
public sealed record Verwerkingsregister(DateTimeOffset OpgesteldOp, IReadOnlyList<RegisterActiviteit> Activiteiten);

/// <summary>One processing activity with the fields art. 30 lid 1 asks for.</summary>
public sealed record RegisterActiviteit(
    string Code,
    string Naam,
    string Verwerkingsverantwoordelijke,
    IReadOnlyList<string> Doeleinden,
    string Grondslag,
    IReadOnlyList<string> CategorieenBetrokkenen,
    IReadOnlyList<RegisterGegevens> CategorieenGegevens,
    IReadOnlyList<RegisterOntvanger> Ontvangers,
    IReadOnlyList<RegisterBewaartermijn> Bewaartermijnen,
    IReadOnlyList<string> Beveiliging,
    IReadOnlyList<RegisterVerwerkingsgrondslag>? Verwerkingsgrondslagen = null);

/// <summary>
/// A recorded basis to process personal data (Privacy/Grondslagen) for one receiver and purpose: the receiver is an organisation
/// (by name), an organisation type or a party category (<see cref="Ontvangersoort"/>: organisatie, type, categorie).
/// </summary>
public sealed record RegisterVerwerkingsgrondslag(string Ontvangersoort, string Ontvanger, string Doel, string Grondslag);

/// <summary>A category of personal data and the fields (entity.property) that hold it.</summary>
public sealed record RegisterGegevens(string Categorie, IReadOnlyList<string> Velden);

/// <summary>A category of recipients from the stored sharing policy: the party category, the receiver types and the basis.</summary>
public sealed record RegisterOntvanger(string Partijcategorie, IReadOnlyList<string> Organisatietypen, string GrondslagCode, string Grondslag, string MaximaalDeelniveau);

/// <summary>A retention period as it applies in this installation (the configured number of days, else the default).</summary>
public sealed record RegisterBewaartermijn(string Code, string Recordsoort, string Status, int Dagen, string Vanaf, string Bron, string Handhaving);

/// <summary>
/// Builds the register from the declarations in code (<see cref="Verklaringen"/>) and the stored sharing policy (the active legal
/// bases per party category, maintained by the beheerder): so it changes with the code and with the route.
/// </summary>
public sealed class RegisterOpbouw(SchakelDbContext db, IOptions<BewaringOpties> bewaring, TimeProvider tijd)
{
    public async Task<Verwerkingsregister> MaakAsync(CancellationToken ct)
    {
        var grondslagen = await db.Set<GrondslagRij>().AsNoTracking().Where(g => g.Actief).ToListAsync(ct);
        var ontvangers = grondslagen
            .OrderBy(g => g.Categorie).ThenBy(g => g.Code, StringComparer.Ordinal)
            .Select(g => new RegisterOntvanger(g.Categorie.ToString(),
                g.Ontvangers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                g.Code, g.Omschrijving, g.MaximaalDeelniveau.ToString()))
            .ToList();
        var verwerking = await VerwerkingsgrondslagenAsync(ct);
        var declaraties = Verklaringen.Alle;
        var activiteiten = declaraties.Verwerkingen.Select(v => new RegisterActiviteit(
            v.Code, v.Naam, v.Eigenaar.ToString(), [v.Doel], v.Grondslag, v.Betrokkenen,
            declaraties.VeldenVan(v).GroupBy(f => f.Categorie).OrderBy(g => g.Key)
                .Select(g => new RegisterGegevens(g.Key.ToString(), g.Select(Veldnaam).Order(StringComparer.Ordinal).ToList())).ToList(),
            v.GedeeldMetKetenpartners ? ontvangers : [],
            v.Bewaarregels.Select(r => new RegisterBewaartermijn(r.Code, r.Recordsoort, r.Status,
                r.StandaardDagen == 0 ? 0 : (int)bewaring.Value.Termijn(r).TotalDays, r.Vanaf, r.Bron, r.Handhaving)).ToList(),
            v.Beveiliging,
            // Who may process for which purpose: intake for the reporting point's activity, follow-up for the shared one.
            v == Verwerkingsactiviteiten.Meldpunt ? verwerking.Where(g => g.Doel == nameof(Schakel.Core.Doorverwijzing.Verwerkingsdoel.Meldpunt)).ToList()
            : v.GedeeldMetKetenpartners ? verwerking.Where(g => g.Doel == nameof(Schakel.Core.Doorverwijzing.Verwerkingsdoel.Opvolging)).ToList()
            : [])).ToList();
        return new Verwerkingsregister(tijd.GetUtcNow(), activiteiten);
    }

    /// <summary>The active recorded bases per receiver and purpose, in a stable order.</summary>
    private async Task<List<RegisterVerwerkingsgrondslag>> VerwerkingsgrondslagenAsync(CancellationToken ct)
    {
        var rijen = await db.Set<VerwerkingsgrondslagRij>().AsNoTracking().Where(r => r.BeeindigdOp == null).ToListAsync(ct);
        var namen = await db.Set<Organisatie>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return [.. rijen.Select(r => r.OrganisatieId is { } o ? new RegisterVerwerkingsgrondslag("organisatie", namen.GetValueOrDefault(o, o.ToString()), r.Doel.ToString(), r.Grondslag)
                : r.Type is { } t ? new RegisterVerwerkingsgrondslag("type", t.ToString(), r.Doel.ToString(), r.Grondslag)
                : new RegisterVerwerkingsgrondslag("categorie", r.Categorie?.ToString() ?? "", r.Doel.ToString(), r.Grondslag))
            .OrderBy(g => g.Doel, StringComparer.Ordinal).ThenBy(g => g.Ontvangersoort, StringComparer.Ordinal).ThenBy(g => g.Ontvanger, StringComparer.Ordinal)];
    }

    public static string Veldnaam(Veldverklaring v) => $"{Typenaam(v.Entiteit)}.{v.Eigenschap}" + (v.Versleuteld ? " (versleuteld)" : "");

    private static string Typenaam(Type t) => t.IsGenericType ? t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)] : t.Name;
}
