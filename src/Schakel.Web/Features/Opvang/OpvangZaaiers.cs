using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang;

/// <summary>The placement-authority rules start as the domain's policy defaults; a beheerder edits them afterwards.</summary>
internal sealed class PlaatsingsbevoegdheidZaaier(SchakelDbContext db, TimeProvider tijd, PoolLeesmodel leesmodel) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 20;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (!await db.Set<PlaatsingsbevoegdheidInstelling>().AnyAsync(ct))
        {
            db.Add(new PlaatsingsbevoegdheidInstelling { Id = 1, Regels = [.. Plaatsingsbevoegdheid.Standaardregels], GewijzigdOp = tijd.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            // Written around OpvangService: every node's search must reload its rules now, not at its next timer.
            leesmodel.AllesOpnieuw();
            await PoolWijzigingen.MeldAsync(db, PoolWijzigingen.Alles, ct);
        }
    }
}

/// <summary>Demo shelters in and outside the region (Development only); example addresses, no real sites.</summary>
internal sealed class DemoOpvang(SchakelDbContext db, Veldversleuteling versleuteling, TimeProvider tijd, PoolLeesmodel leesmodel) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 50;

    private sealed record Pool(string Naam, Opvangtype Type, Fase Fase, int Capaciteit, int Bezet, PlekkenpoolCriteria Criteria);

    private sealed record Locatie(string Organisatie, string Naam, string Gemeente, string GemeenteNaam, double Lat, double Lon, bool Geheim, Pool[] Pools);

    private static readonly PlekkenpoolCriteria Vrouwen = new() { Geslachten = [Geslacht.Vrouw], Talen = ["nl", "en"] };
    private static readonly PlekkenpoolCriteria Mannen = new() { Geslachten = [Geslacht.Man], Talen = ["nl", "en", "pl"] };

    private static readonly Locatie[] Locaties =
    [
        new(DemoOrganisaties.OpvangHaaglanden, "Crisisopvang Haaglanden", "GM0518", "'s-Gravenhage", 52.07, 4.30, false,
        [
            new("Crisis vrouwen", Opvangtype.Crisisopvang, Fase.Crisis, 4, 1, Vrouwen with { Talen = ["nl", "en", "ro", "bg"] }),
            new("Crisis mannen", Opvangtype.Crisisopvang, Fase.Crisis, 3, 2, Mannen),
        ]),
        new(DemoOrganisaties.OpvangHaaglanden, "Vrouwenopvang Delft", "GM0503", "Delft", 52.01, 4.36, true,
        [
            new("Vrouwenopvang", Opvangtype.Vrouwenopvang, Fase.Langdurig, 6, 4, Vrouwen with { KinderenWelkom = true, Beveiligingsniveau = Beveiligingsniveau.Hoog }),
        ]),
        new(DemoOrganisaties.OpvangHaaglanden, "Doorstroomhuis Leiden", "GM0546", "Leiden", 52.16, 4.49, false,
        [
            new("Doorstroom gemengd", Opvangtype.MaatschappelijkeOpvang, Fase.Doorstroom, 5, 3, new() { Talen = ["nl", "en"], VerslavingToegelaten = true }),
        ]),
        new(DemoOrganisaties.OpvangLandelijk, "COSM-locatie Amersfoort", "GM0307", "Amersfoort", 52.16, 5.39, false,
        [
            new("COSM vrouwen", Opvangtype.COSM, Fase.Langdurig, 8, 6, Vrouwen with { BedenktijdB8 = BedenktijdB8Toelating.Vereist, Talen = ["nl", "en", "ro", "bg", "es"] }),
            new("COSM mannen", Opvangtype.COSM, Fase.Langdurig, 6, 5, Mannen with { BedenktijdB8 = BedenktijdB8Toelating.Vereist, Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel, Uitbuitingsvorm.Onbekend] }),
        ]),
        new(DemoOrganisaties.OpvangLandelijk, "OMM-locatie Utrecht", "GM0344", "Utrecht", 52.09, 5.12, false,
        [
            new("OMM", Opvangtype.OMM, Fase.Langdurig, 4, 3, new() { Talen = ["nl", "en"], MultiproblematiekToegelaten = true, VerslavingToegelaten = true, Rolstoeltoegankelijk = true }),
        ]),
        new(DemoOrganisaties.OpvangLandelijk, "Jeugdopvang Rotterdam", "GM0599", "Rotterdam", 51.92, 4.48, true,
        [
            new("Beschermde opvang minderjarigen", Opvangtype.JeugdBeschermdeOpvang, Fase.Crisis, 3, 1, new() { MinimumLeeftijd = 12, MaximumLeeftijd = 17, MinderjarigenToegelaten = true, Talen = ["nl", "en"], Beveiligingsniveau = Beveiligingsniveau.Hoog }),
        ]),
    ];

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<Opvanglocatie>().Select(l => l.Id).ToHashSetAsync(ct);
        var nu = tijd.GetUtcNow();
        foreach (var l in Locaties)
        {
            var id = DemoOrganisaties.IdVan("opvanglocatie:" + l.Naam);
            if (bestaand.Contains(id))
            {
                continue;
            }
            db.Add(new Opvanglocatie
            {
                Id = id,
                OrganisatieId = DemoOrganisaties.IdVan(l.Organisatie),
                Naam = l.Naam,
                GemeenteCode = l.Gemeente,
                GemeenteNaam = l.GemeenteNaam,
                Breedtegraad = l.Lat,
                Lengtegraad = l.Lon,
                Contact24Uur = "0800-0000010",
                AdresVersleuteld = versleuteling.Versleutel($"Voorbeeldstraat {Math.Abs(id.GetHashCode()) % 200 + 1}, {l.GemeenteNaam}", OpvangService.AdresContext),
                GeheimAdres = l.Geheim,
                Plekkenpools = l.Pools.Select(p => new Plekkenpool
                {
                    Id = DemoOrganisaties.IdVan($"plekkenpool:{l.Naam}:{p.Naam}"),
                    OpvanglocatieId = id,
                    Naam = p.Naam,
                    Type = p.Type,
                    Fase = p.Fase,
                    Capaciteit = p.Capaciteit,
                    Bezet = p.Bezet,
                    BijgewerktOp = nu,
                    Criteria = p.Criteria,
                }).ToList(),
            });
        }
        var nieuw = db.ChangeTracker.Entries<Plekkenpool>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToList();
        await db.SaveChangesAsync(ct);
        // Pools written around OpvangService: mark them on this node and announce them to the others, or the search
        // would not show them until the next full reload.
        foreach (var pool in nieuw)
        {
            leesmodel.Gewijzigd(pool);
            await PoolWijzigingen.MeldAsync(db, pool.ToString(), ct);
        }
    }
}
