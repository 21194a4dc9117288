using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// Loads the published plans, their contradictions and the basic-level checklist as reference data. A plan that
/// exists (by code) is left alone: its actions then carry statuses and progress that a reload must not touch.
/// </summary>
public sealed class SturingZaaier(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 60;

    public static IReadOnlyList<PlanBron> Plannen => [NationaalActieplan.Plan, RegionaalJaarplan.Plan, MiddenDelflandBeleid.Plan];

    /// <summary>
    /// Gives every policy record without history its first version, so a database from before the history was kept is
    /// migrated on its next start (and the loaded Midden-Delfland policy has one). Such a version has no organisation
    /// or role, and no moment of its own: it counts from the adoption (or the last evaluation) date, so a report as of an
    /// earlier day reads the policy as it did before; without either date it counts from always.
    /// </summary>
    public static async Task BeleidsversiesAanvullenAsync(SchakelDbContext db, CancellationToken ct)
    {
        var metVersie = db.Set<GemeenteBeleidVersie>().Select(v => v.GemeenteCode);
        var zonder = await db.Set<GemeenteBeleid>().AsNoTracking().Where(b => !metVersie.Contains(b.GemeenteCode)).ToListAsync(ct);
        foreach (var b in zonder)
        {
            var vanaf = new[] { b.VastgesteldOp, b.LaatsteEvaluatieOp }.OfType<DateOnly>().DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UnixEpoch)).Min();
            db.Add(new GemeenteBeleidVersie
            {
                Id = Guid.CreateVersion7(), GemeenteCode = b.GemeenteCode, VastgesteldOp = b.VastgesteldOp, DocumentTitel = b.DocumentTitel,
                DocumentLink = b.DocumentLink, KennisDocumentId = b.KennisDocumentId, EvaluatieIntervalJaren = b.EvaluatieIntervalJaren,
                LaatsteEvaluatieOp = b.LaatsteEvaluatieOp, VastgelegdOp = new DateTimeOffset(vanaf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<Plan>().Select(p => p.Code).ToListAsync(ct);
        var gemeenten = await db.Set<Regio.Gemeente>().Select(g => g.CbsCode).ToListAsync(ct);
        foreach (var bron in Plannen.Where(p => !bestaand.Contains(p.Code) && (p.GemeenteCode is null || gemeenten.Contains(p.GemeenteCode))))
        {
            Voegtoe(bron);
        }
        var items = await db.Set<BasisniveauItem>().Select(i => i.Code).ToListAsync(ct);
        db.AddRange(BasisniveauItems.Alle.Where(i => !items.Contains(i.Code)).Select(i => new BasisniveauItem
        {
            Code = i.Code, Volgorde = i.Volgorde, NaamNl = i.NaamNl, NaamEn = i.NaamEn, Bron = i.Bron, Berekening = i.Berekening,
        }));
        if (gemeenten.Contains(MiddenDelflandBeleid.GemeenteCode) && !await db.Set<GemeenteBeleid>().AnyAsync(b => b.GemeenteCode == MiddenDelflandBeleid.GemeenteCode, ct))
        {
            // §1.3: evaluated every two years (its own choice); the policy is of 2024, its adoption date is not printed.
            // The document itself is in the knowledge library when that was loaded first.
            db.Add(new GemeenteBeleid
            {
                GemeenteCode = MiddenDelflandBeleid.GemeenteCode, DocumentTitel = "Beleid mensenhandel Midden-Delfland 2024", EvaluatieIntervalJaren = 2,
                KennisDocumentId = await db.Set<Keten.Kennisbank.KennisDocument>().Where(d => d.Code == "beleid-midden-delfland").Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct),
            });
        }
        await db.SaveChangesAsync(ct);
        await BeleidsversiesAanvullenAsync(db, ct);
        await LandelijkeEigenaren.ZaaiAsync(db, ct);
    }

    private void Voegtoe(PlanBron bron)
    {
        var plan = new Plan
        {
            Id = Guid.CreateVersion7(), Code = bron.Code, Naam = bron.Naam, Niveau = bron.Niveau, EenheidCode = bron.EenheidCode,
            GemeenteCode = bron.GemeenteCode, Bron = bron.Bron, VanJaar = bron.VanJaar, TotJaar = bron.TotJaar,
        };
        db.Add(plan);
        var volgorde = 0;
        foreach (var l in bron.Lijnen)
        {
            var lijn = new Actielijn { Id = Guid.CreateVersion7(), PlanId = plan.Id, Nummer = l.Nummer, Naam = l.Naam };
            db.Add(lijn);
            var doelVolgorde = 0;
            foreach (var d in l.Doelen)
            {
                Guid? doelId = null;
                if (d.Tekst is not null)
                {
                    var doel = new OperationeelDoel
                    {
                        Id = Guid.CreateVersion7(), ActielijnId = lijn.Id, Volgorde = ++doelVolgorde, Tekst = d.Tekst, Doeljaar = d.Doeljaar, BeoogdEffect = d.BeoogdEffect,
                    };
                    db.Add(doel);
                    doelId = doel.Id;
                }
                foreach (var a in d.Acties)
                {
                    db.Add(new Actie
                    {
                        Id = Guid.CreateVersion7(), PlanId = plan.Id, ActielijnId = lijn.Id, DoelId = doelId, Nummer = a.Nummer, Volgorde = ++volgorde,
                        Tekst = a.Tekst, Eigenaren = a.Eigenaren, Betrokkenen = a.Betrokkenen, Vormen = a.Vormen,
                        PlanningTekst = a.Planning.Tekst, PlanningOpslag = a.Planning.Opslag,
                        EigenaarKoppelingen = [.. a.Koppelingen.Select(k => new ActieEigenaar { Naam = k.Naam, OrganisatieType = k.Type, GemeenteCode = k.GemeenteCode })],
                    });
                }
            }
            var regel = 0;
            foreach (var b in bron.Begroting.Where(b => b.Lijn == l.Nummer))
            {
                regel++;
                foreach (var (jaar, bedrag) in b.Bedragen)
                {
                    db.Add(new Begrotingsregel
                    {
                        Id = Guid.CreateVersion7(), ActielijnId = lijn.Id, Volgorde = regel, Label = b.Label, ActieNummers = b.Nummers, Jaar = jaar, Bedrag = bedrag,
                    });
                }
            }
        }
        foreach (var t in bron.Tegenstrijdigheden)
        {
            db.Add(new Tegenstrijdigheid
            {
                Id = Guid.CreateVersion7(), Code = t.Code, PlanId = plan.Id, Onderwerp = t.Onderwerp, BronA = t.BronA, BronB = t.BronB, Toelichting = t.Toelichting,
            });
        }
    }
}
