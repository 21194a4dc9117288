using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>Demo only: an example analysis of some partners (the documents ask for the analysis but do not give it).</summary>
public sealed class StakeholderDemo(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 61;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Set<Stakeholder>().AnyAsync(ct))
        {
            return;
        }
        (string Naam, Niveau Belang, Niveau Invloed, string Omschrijving, string Rol, string Bereik, string Waarvoor)[] voorbeelden =
        [
            (DemoOrganisaties.Politie, Niveau.Hoog, Niveau.Hoog, "Opsporing en aangifte", "Opsporing (AVIM)", "Via het meldpunt of 0900-8844", "Signalen over daders, acuut gevaar"),
            (DemoOrganisaties.Shop, Niveau.Hoog, Niveau.Middel, "Hulp en opvang voor slachtoffers", "Zorgcoördinatie", "Zorgcoördinatie tijdens kantooruren", "Slachtoffers, opvang, bedenktijd"),
            (DemoOrganisaties.Riec, Niveau.Middel, Niveau.Hoog, "Bestuurlijke aanpak", "Informatie- en expertisecentrum", "Via de ketenregisseur", "Bedrijven en panden, barrièremodellen"),
            (DemoOrganisaties.Nla, Niveau.Middel, Niveau.Middel, "Arbeidsuitbuiting", "Toezicht en opsporing arbeid", "Meldingen via de website", "Arbeidsuitbuiting en malafide uitzendbureaus"),
            (DemoOrganisaties.CoMensha, Niveau.Middel, Niveau.Laag, "Landelijke registratie", "Coördinatiecentrum", "Landelijk telefoonnummer", "Registratie, COSM- en OMM-plaatsing"),
        ];
        foreach (var v in voorbeelden)
        {
            var id = DemoOrganisaties.IdVan(v.Naam);
            if (await db.Set<Organisatie>().AnyAsync(o => o.Id == id, ct))
            {
                db.Add(new Stakeholder
                {
                    OrganisatieId = id, Belang = v.Belang, Invloed = v.Invloed, BelangOmschrijving = v.Omschrijving, Rol = v.Rol,
                    Bereikbaarheid = v.Bereik, Waarvoor = v.Waarvoor, GewijzigdOp = tijd.GetUtcNow(),
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
