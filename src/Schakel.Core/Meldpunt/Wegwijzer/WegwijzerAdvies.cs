namespace Schakel.Core.Meldpunt.Wegwijzer;

/// <summary>The kinds of desk the wegwijzer can send someone to; the web layer finds the organisation.</summary>
public enum Loket
{
    Alarmnummer112,
    Politie,
    VeiligThuis,
    Zorgcoordinatie,
    MeldMisdaadAnoniem,
    CoMensha,
    GemeenteAandachtsfunctionaris,
    Meldpunt,
}

/// <summary>Why a desk is advised; each has a plain-language text in the page's resources.</summary>
public enum Reden
{
    AcuutGevaar,
    Aangifte,
    Meldcode,
    Minderjarige,
    HuiselijkeSituatie,
    HulpEnOpvang,
    SlachtofferZelf,
    AnoniemeInformatie,
    LandelijkeRegistratie,
    LokaalAanspreekpunt,
    AdviesProfessional,
    SignaalMelden,
}

public sealed record Verwijzing(Loket Loket, IReadOnlyList<Reden> Redenen);

/// <summary>
/// The wegwijzer's decision: which desks, in order of urgency, and why. Pure, so every route is unit-tested.
/// </summary>
public static class WegwijzerAdvies
{
    public static bool IsMeldcodeSector(Sector sector) => sector is Sector.Zorg or Sector.Onderwijs or Sector.Kinderopvang
        or Sector.MaatschappelijkeOndersteuning or Sector.Jeugdhulp or Sector.Justitie;

    public static IReadOnlyList<Verwijzing> Bepaal(WegwijzerVragen v)
    {
        var uitkomst = new List<(Loket Loket, List<Reden> Redenen)>();
        void Voeg(Loket loket, Reden reden)
        {
            var bestaand = uitkomst.FindIndex(u => u.Loket == loket);
            if (bestaand < 0)
            {
                uitkomst.Add((loket, [reden]));
            }
            else if (!uitkomst[bestaand].Redenen.Contains(reden))
            {
                uitkomst[bestaand].Redenen.Add(reden);
            }
        }

        // Safety first: nothing else matters until the danger is over.
        if (v.AcuutGevaar)
        {
            Voeg(Loket.Alarmnummer112, Reden.AcuutGevaar);
        }

        var meldcode = v.Professional && IsMeldcodeSector(v.Sector);
        if (meldcode)
        {
            Voeg(Loket.VeiligThuis, Reden.Meldcode);
        }
        if (v.Minderjarig == JaNeeOnbekend.Ja)
        {
            Voeg(Loket.VeiligThuis, Reden.Minderjarige);
        }
        if (v.Situatie == Situatie.Thuis)
        {
            Voeg(Loket.VeiligThuis, Reden.HuiselijkeSituatie);
        }

        switch (v.Doel)
        {
            case Doel.HulpEnOpvang:
                Voeg(Loket.Zorgcoordinatie, Reden.HulpEnOpvang);
                if (v.Over == Over.Mijzelf)
                {
                    Voeg(Loket.CoMensha, Reden.SlachtofferZelf);
                }
                break;
            case Doel.Aangifte when v.Anoniem:
                Voeg(Loket.MeldMisdaadAnoniem, Reden.AnoniemeInformatie);
                break;
            case Doel.Aangifte:
                Voeg(Loket.Politie, Reden.Aangifte);
                break;
            case Doel.Melden:
                Voeg(Loket.Meldpunt, Reden.SignaalMelden);
                if (v.Anoniem && v.Situatie is Situatie.Crimineel or Situatie.Werk or Situatie.Seks)
                {
                    Voeg(Loket.MeldMisdaadAnoniem, Reden.AnoniemeInformatie);
                }
                break;
            case Doel.Advies:
                Voeg(Loket.Meldpunt, v.Professional ? Reden.AdviesProfessional : Reden.SignaalMelden);
                break;
        }

        if (v.Professional && !meldcode)
        {
            Voeg(Loket.Meldpunt, Reden.AdviesProfessional);
            Voeg(Loket.CoMensha, Reden.LandelijkeRegistratie);
        }
        if (v.GemeenteCode is not null && (v.Professional || v.Doel == Doel.HulpEnOpvang))
        {
            Voeg(Loket.GemeenteAandachtsfunctionaris, Reden.LokaalAanspreekpunt);
        }
        if (uitkomst.Count == 0 || uitkomst.All(u => u.Loket == Loket.Alarmnummer112))
        {
            Voeg(Loket.Meldpunt, Reden.SignaalMelden);
        }
        return [.. uitkomst.Select(u => new Verwijzing(u.Loket, u.Redenen))];
    }
}
