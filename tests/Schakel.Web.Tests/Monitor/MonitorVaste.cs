using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// A fixed set of reports in 2021, long finished, so every quarter is public. Worked out by hand:
/// <list type="bullet">
/// <item>Zoetermeer (GM0637, district D): Q1 3 reports (1 citizen, 2 professionals) + 1 merged one + 1 advice question; Q2 6 reports.</item>
/// <item>Leidschendam-Voorburg (GM1916, district D): Q1 5 reports.</item>
/// <item>Den Haag (GM0518), base team unknown: Q1 2 reports, Q3 7 reports → "Den Haag (A–C)".</item>
/// <item>No municipality, reporting point RSIV (serves unit DH): Q1 1 report → only the unit.</item>
/// <item>The first Zoetermeer report: triage 2 h after receipt (victim side), referred to CoMensha after 5 h with its
/// first action after 1 h of a 24 h deadline, registered with CoMensha by a care party.</item>
/// </list>
/// Intern: Zoetermeer Q1 3, Q2 6, year 9; district D Q1 8; Den Haag (A–C) Q1 2, Q3 7; unit DH Q1 11, year 24.
/// </summary>
internal static class MonitorVaste
{
    public const int Jaar = 2021;

    public static async Task ZaaiAsync(SchakelFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var begin = new DateTimeOffset(Jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (await db.Set<Melding>().AnyAsync(m => m.OntvangenOp >= begin && m.OntvangenOp < begin.AddYears(1)))
        {
            return;
        }

        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var comensha = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.CoMensha).Select(o => o.Id).SingleAsync();
        var q1 = new DateTimeOffset(Jaar, 2, 10, 9, 0, 0, TimeSpan.Zero);
        var q2 = new DateTimeOffset(Jaar, 5, 10, 9, 0, 0, TimeSpan.Zero);
        var q3 = new DateTimeOffset(Jaar, 8, 10, 9, 0, 0, TimeSpan.Zero);

        Melding M(DateTimeOffset op, string? gemeente, MelderType melder = MelderType.Professional, MeldingSoort soort = MeldingSoort.Melding) => new()
        {
            Id = Guid.NewGuid(), Soort = soort, MelderType = melder, Kanaal = Kanaal.Web, OmschrijvingVersleuteld = "niet gelezen",
            GemeenteCode = gemeente, OntvangenOp = op, MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
        };

        var meldingen = new List<Melding>();
        var eerste = M(q1, "GM0637", MelderType.Burger);
        meldingen.Add(eerste);
        meldingen.AddRange(Enumerable.Range(0, 2).Select(i => M(q1.AddHours(i + 1), "GM0637")));
        var opgegaan = M(q1.AddDays(1), "GM0637");
        opgegaan.Status = MeldingStatus.Samengevoegd;
        opgegaan.SamengevoegdMetId = eerste.Id;
        meldingen.Add(opgegaan);
        meldingen.Add(M(q1.AddDays(2), "GM0637", soort: MeldingSoort.Adviesvraag));
        meldingen.AddRange(Enumerable.Range(0, 6).Select(i => M(q2.AddHours(i), "GM0637")));
        meldingen.AddRange(Enumerable.Range(0, 5).Select(i => M(q1.AddHours(i), "GM1916")));
        meldingen.AddRange(Enumerable.Range(0, 2).Select(i => M(q1.AddHours(i), "GM0518")));
        meldingen.AddRange(Enumerable.Range(0, 7).Select(i => M(q3.AddHours(i), "GM0518")));
        meldingen.Add(M(q1, null));
        db.AddRange(meldingen);
        await db.SaveChangesAsync();

        var triage = new MeldingTriage
        {
            MeldingId = eerste.Id, OrganisatieId = rsiv, Tijdstip = q1.AddHours(2), Zijde = Zijde.Slachtofferkant,
            GemeenteCode = "GM0637", Urgentie = Urgentie.Normaal,
        };
        db.Add(triage);
        eerste.Trieer(triage);
        await db.SaveChangesAsync();
        var besluit = new Routebesluit { Id = Guid.NewGuid(), MeldingId = eerste.Id, TriageId = triage.Id, OrganisatieId = rsiv, Tijdstip = q1.AddHours(5) };
        db.Add(besluit);
        var doorverwijzing = new DoorverwijzingRij
        {
            Id = Guid.NewGuid(), MeldingId = eerste.Id, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = rsiv,
            OntvangerOrganisatieId = comensha, Rol = Rol.Behandelaar, Deelniveau = Deelniveau.Geen, Doel = "registratie",
            VerstuurdOp = q1.AddHours(5), EersteActieUiterlijk = q1.AddHours(29), EersteActieOp = q1.AddHours(6),
            Status = DoorverwijzingStatus.Geaccepteerd,
        };
        db.Add(doorverwijzing);
        eerste.Doorverwezen(doorverwijzing.VerstuurdOp);
        db.Add(new CoMenshaRegistratie
        {
            Id = Guid.NewGuid(), DoorverwijzingId = doorverwijzing.Id, GeregistreerdOp = q1.AddDays(3),
            Partijsoort = Partijsoorten.Zorg, VastgelegdOp = q1.AddDays(3),
        });
        await db.SaveChangesAsync();
    }
}
