using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Opvang;

/// <summary>Plain Dutch words for the enums, as they appear inside explanations.</summary>
public static class Omschrijving
{
    public static string Meervoud(Geslacht geslacht) => geslacht switch
    {
        Geslacht.Vrouw => "vrouwen",
        Geslacht.Man => "mannen",
        _ => "personen met een ander geslacht",
    };

    public static string Van(Uitbuitingsvorm vorm) => vorm switch
    {
        Uitbuitingsvorm.Seksueel => "seksuele uitbuiting",
        Uitbuitingsvorm.Arbeid => "arbeidsuitbuiting",
        Uitbuitingsvorm.Crimineel => "criminele uitbuiting",
        Uitbuitingsvorm.Orgaanverwijdering => "gedwongen orgaanverwijdering",
        _ => "onbekende uitbuiting",
    };

    public static string Van(Opvangtype type) => type switch
    {
        Opvangtype.COSM => "COSM",
        Opvangtype.OMM => "OMM",
        Opvangtype.Vrouwenopvang => "vrouwenopvang",
        Opvangtype.Mannenopvang => "mannenopvang",
        Opvangtype.MaatschappelijkeOpvang => "maatschappelijke opvang",
        Opvangtype.JeugdBeschermdeOpvang => "jeugd- of beschermde opvang",
        Opvangtype.Crisisopvang => "crisisopvang",
        _ => "andere opvang",
    };

    public static string Van(Fase fase) => fase switch
    {
        Fase.Crisis => "crisisplek",
        Fase.Langdurig => "langdurige plek",
        _ => "doorstroomplek",
    };

    public static string Van(Beveiligingsniveau niveau) => niveau switch
    {
        Beveiligingsniveau.Standaard => "standaard",
        Beveiligingsniveau.Verhoogd => "verhoogd",
        _ => "hoog",
    };

    public static string Van(Versheid versheid) => versheid switch
    {
        Versheid.Vers => "cijfers vers (minder dan 2 uur oud)",
        Versheid.Verouderend => "cijfers verouderend (2 tot 8 uur oud)",
        _ => "cijfers verouderd (meer dan 8 uur oud)",
    };

    public static string Van(OrganisatieType type) => type switch
    {
        OrganisatieType.Gemeente => "een gemeente",
        OrganisatieType.Politie => "de politie",
        OrganisatieType.KMar => "de Koninklijke Marechaussee",
        OrganisatieType.NLA => "de Nederlandse Arbeidsinspectie",
        OrganisatieType.OM => "het Openbaar Ministerie",
        OrganisatieType.Zorgcoordinatie => "de zorgcoördinatie",
        OrganisatieType.Opvang => "de opvangorganisatie",
        OrganisatieType.VeiligThuis => "Veilig Thuis",
        OrganisatieType.ZorgEnVeiligheidshuis => "het Zorg- en Veiligheidshuis",
        OrganisatieType.Ketenregie => "de ketenregie",
        _ => type.ToString(),
    };

    /// <summary>"a", "a of b", "a, b of c".</summary>
    public static string Opsomming(IEnumerable<string> delen, string voegwoord = "of")
    {
        var lijst = delen.ToList();
        return lijst.Count <= 1
            ? string.Concat(lijst)
            : $"{string.Join(", ", lijst.Take(lijst.Count - 1))} {voegwoord} {lijst[^1]}";
    }
}
