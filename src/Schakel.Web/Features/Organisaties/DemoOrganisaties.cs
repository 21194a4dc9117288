using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Organisaties;

/// <summary>
/// The demo chain of Eenheid Den Haag (Development only). Ids are derived from the name so they are the
/// same on every machine; the README's client table relies on that. Contact data is example data
/// ("voorbeeld.nl", 0000 numbers) except the national numbers that are public and real.
/// </summary>
public sealed class DemoOrganisaties(SchakelDbContext db, TimeProvider? tijd = null)
{
    public static Guid IdVan(string naam) => new(MD5.HashData(Encoding.UTF8.GetBytes("schakel-demo:" + naam)));

    public const string Politie = "Politie Eenheid Den Haag (AVIM)";
    public const string Shop = "SHOP Den Haag";
    public const string Riec = "RIEC Den Haag";
    public const string Heit = "HEIT Haaglanden";
    public const string Nla = "Nederlandse Arbeidsinspectie";
    public const string VeiligThuisHaaglanden = "Veilig Thuis Haaglanden";
    public const string VeiligThuisHollandsMidden = "Veilig Thuis Hollands Midden";
    public const string CoMensha = "CoMensha";
    public const string Rsiv = "RSIV Den Haag (ketenregie)";
    public const string OpvangHaaglanden = "Demo-opvang Haaglanden";
    public const string OpvangLandelijk = "Demo-opvang Landelijk";
    public const string MeldMisdaadAnoniem = "Meld Misdaad Anoniem";
    public const string Om = "Openbaar Ministerie Den Haag";
    public static string GemeenteNaam(string gemeente) => $"Gemeente {gemeente}";

    private sealed record Demo(string Naam, OrganisatieType Type, Partijcategorie Categorie, string Telefoon, string? Email, string? Website, string Openingstijden, bool DagEnNacht, string Werkgebied);

    // Werkgebied: "*" = the whole unit, "HGL" / "HM" = a sub-region, or a CBS code.
    private static readonly Demo[] Ketenpartners =
    [
        new(Politie, OrganisatieType.Politie, Partijcategorie.Opsporingsinstantie, "0900-8844", null, "https://www.politie.nl", "24/7", true, "*"),
        new(Shop, OrganisatieType.Zorgcoordinatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "070-0000001", "zorgcoordinatie@shop.voorbeeld.nl", "https://shop.voorbeeld.nl", "ma-vr 09:00-17:00", false, "*"),
        new(Riec, OrganisatieType.RIEC, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "070-0000002", "info@riec.voorbeeld.nl", "https://riec.voorbeeld.nl", "ma-vr 09:00-17:00", false, "*"),
        new(Heit, OrganisatieType.HEIT, Partijcategorie.Toezichthouder, "070-0000003", "heit@voorbeeld.nl", null, "ma-vr 08:30-17:00", false, "HGL"),
        new(Nla, OrganisatieType.NLA, Partijcategorie.Opsporingsinstantie, "0800-0000004", "meldingen@arbeidsinspectie.voorbeeld.nl", "https://arbeidsinspectie.voorbeeld.nl", "ma-vr 08:00-17:00", false, "*"),
        new(VeiligThuisHaaglanden, OrganisatieType.VeiligThuis, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "0800-2000", null, "https://www.veiligthuis.nl", "24/7", true, "HGL"),
        new(VeiligThuisHollandsMidden, OrganisatieType.VeiligThuis, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "0800-2000", null, "https://www.veiligthuis.nl", "24/7", true, "HM"),
        new(CoMensha, OrganisatieType.CoMensha, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "033-0000005", "info@comensha.voorbeeld.nl", "https://comensha.voorbeeld.nl", "ma-vr 09:00-17:00", false, "*"),
        new(Rsiv, OrganisatieType.Ketenregie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "070-0000006", "meldpunt@rsiv.voorbeeld.nl", "https://rsiv.voorbeeld.nl", "ma-vr 09:00-17:00", false, "*"),
        new(OpvangHaaglanden, OrganisatieType.Opvang, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, "070-0000007", "aanmelding@opvang-haaglanden.voorbeeld.nl", null, "24/7", true, "HGL"),
        new(OpvangLandelijk, OrganisatieType.Opvang, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, "030-0000008", "aanmelding@opvang-landelijk.voorbeeld.nl", null, "24/7", true, "*"),
        new(MeldMisdaadAnoniem, OrganisatieType.Ngo, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "0800-7000", null, "https://www.meldmisdaadanoniem.nl", "24/7", true, "*"),
        new(Om, OrganisatieType.OM, Partijcategorie.Opsporingsinstantie, "070-0000009", null, null, "ma-vr 09:00-17:00", false, "*"),
    ];

    public async Task LaadAsync(CancellationToken ct = default)
    {
        var gemeenten = await db.Set<Gemeente>().Where(g => g.EenheidCode == "DH").ToListAsync(ct);
        var bestaand = await db.Set<Organisatie>().Include(o => o.Werkgebied).ToDictionaryAsync(o => o.Id, ct);

        foreach (var g in gemeenten)
        {
            Zet(bestaand, new Demo(GemeenteNaam(g.Naam), OrganisatieType.Gemeente, Partijcategorie.Toezichthouder,
                "14 0000", $"mensenhandel@{Slug(g.Naam)}.voorbeeld.nl", $"https://{Slug(g.Naam)}.voorbeeld.nl", "ma-vr 08:30-17:00", false, g.CbsCode), [g.CbsCode], g.CbsCode);
        }
        foreach (var d in Ketenpartners)
        {
            var gebied = d.Werkgebied switch
            {
                "*" => gemeenten.Select(g => g.CbsCode),
                "HGL" => gemeenten.Where(g => g.Deelregio == "Haaglanden").Select(g => g.CbsCode),
                "HM" => gemeenten.Where(g => g.Deelregio == "Hollands Midden").Select(g => g.CbsCode),
                var code => [code],
            };
            Zet(bestaand, d, gebied.ToList(), null);
        }
        await db.SaveChangesAsync(ct);
    }

    private void Zet(Dictionary<Guid, Organisatie> bestaand, Demo d, List<string> werkgebied, string? gemeenteCode)
    {
        var id = IdVan(d.Naam);
        if (!bestaand.TryGetValue(id, out var o))
        {
            o = new Organisatie { Id = id, Naam = d.Naam };
            db.Add(o);
        }
        // A beheerder may have edited demo contact data; only fill what is missing, keep their edits.
        o.Type = d.Type;
        o.Partijcategorie = d.Categorie;
        o.GemeenteCode = gemeenteCode;
        o.Telefoon ??= d.Telefoon;
        o.Email ??= d.Email;
        o.Website ??= d.Website;
        o.Openingstijden ??= d.Openingstijden;
        o.DagEnNacht = o.DagEnNacht || d.DagEnNacht;
        o.IsDemo = true;
        // The seed date is the demo chain's join date (the new-partner list reads it); a date already set stays.
        o.Toegetreden ??= (tijd ?? TimeProvider.System).GetUtcNow();
        foreach (var code in werkgebied.Where(c => o.Werkgebied.All(w => w.CbsCode != c)))
        {
            o.Werkgebied.Add(new OrganisatieWerkgebied { OrganisatieId = id, CbsCode = code });
        }
    }

    internal static string Slug(string naam) =>
        new string(naam.ToLowerInvariant().Replace("'s-", "", StringComparison.Ordinal).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
