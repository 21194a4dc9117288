using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Regio;

namespace Schakel.Core.Opvang;

/// <summary>
/// The placement need of one victim, without names or other identifying data.
/// Every field that is left at its default asks nothing of a pool.
/// </summary>
public sealed record Behoefte
{
    public required Geslacht Geslacht { get; init; }

    public Leeftijdscategorie Leeftijdscategorie { get; init; }

    /// <summary>Asked separately because the age band may be unknown while minority is known.</summary>
    public bool Minderjarig { get; init; }

    /// <summary>A pool must take every form listed; <see cref="Uitbuitingsvorm.Onbekend"/> asks nothing.</summary>
    public IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen { get; init; } = [];

    public bool Multiproblematiek { get; init; }

    public bool Verslaving { get; init; }

    /// <summary>Languages the victim speaks (ISO 639-1); a pool must speak at least one. Empty asks nothing.</summary>
    public IReadOnlyList<string> Talen { get; init; } = [];

    public bool Rolstoel { get; init; }

    public bool KinderenMee { get; init; }

    /// <summary>Whether the B8 reflection period was offered (so: no residence permit).</summary>
    public JaNeeOnbekend BedenktijdB8 { get; init; }

    public Beveiligingsniveau MinimaalBeveiligingsniveau { get; init; }

    /// <summary>Shares the triage scale of the reporting route, so one word means one thing across the platform.</summary>
    public Urgentie Urgentie { get; init; }

    public Veiligheidseisen Veiligheid { get; init; } = Veiligheidseisen.Geen;

    /// <summary>Where the victim is now; ranking prefers pools nearest to it.</summary>
    public Coordinaat? Zoeklocatie { get; init; }

    /// <summary>Shelter types wanted for the long-term step; empty means derived from the need (see <see cref="PassendeTypen"/>).</summary>
    public IReadOnlyList<Opvangtype> VoorkeurTypen { get; init; } = [];

    public bool IsMinderjarig => Minderjarig || Leeftijdscategorie.IsMinderjarig() == true;

    /// <summary>
    /// The shelter types that fit the long-term place: the stated preference, or else the categorical shelter the
    /// need points to (COSM after a B8 offer, OMM for multiple problems), then the general shelter for the group.
    /// </summary>
    public IReadOnlyList<Opvangtype> PassendeTypen()
    {
        if (VoorkeurTypen.Count > 0)
        {
            return VoorkeurTypen;
        }

        var typen = new List<Opvangtype>();
        if (BedenktijdB8 == JaNeeOnbekend.Ja)
        {
            typen.Add(Opvangtype.COSM);
        }

        if (Multiproblematiek || Verslaving)
        {
            typen.Add(Opvangtype.OMM);
        }

        typen.Add(IsMinderjarig ? Opvangtype.JeugdBeschermdeOpvang
            : Geslacht == Geslacht.Vrouw ? Opvangtype.Vrouwenopvang
            : Opvangtype.Mannenopvang);
        typen.Add(Opvangtype.MaatschappelijkeOpvang);
        return typen;
    }

    /// <summary>Every problem at once, for a 400 response; field names are the API's camelCase names.</summary>
    public IReadOnlyList<Validatiefout> Valideer()
    {
        var fouten = new List<Validatiefout>();
        if (Leeftijdscategorie.IsMinderjarig() is { } minderjarig && Minderjarig && !minderjarig)
        {
            fouten.Add(new("minderjarig", Opvangfoutberichten.MinderjarigLeeftijd, "Minderjarig past niet bij de leeftijdscategorie {0}.", Opvangberichten.Leeftijd(Leeftijdscategorie)));
        }

        if (!Talen.All(Opvang.Talen.IsGeldigeCode))
        {
            fouten.Add(new("talen", Opvangfoutberichten.TalenVerzoek, "Geef talen als ISO 639-1-codes van twee kleine letters, bijvoorbeeld \"pl\"."));
        }

        if (!Veiligheid.UitgeslotenGemeenten.All(GemeenteCode.IsGeldig))
        {
            fouten.Add(new("veiligheid.uitgeslotenGemeenten", Opvangfoutberichten.Gemeenten, "Geef gemeenten als CBS-code, bijvoorbeeld GM0518."));
        }

        if (Veiligheid.MinimaleAfstandKm is { } km && (km <= 0 || double.IsNaN(km) || double.IsInfinity(km)))
        {
            fouten.Add(new("veiligheid.minimaleAfstandKm", Opvangfoutberichten.Afstand, "De minimale afstand is een positief aantal kilometers."));
        }

        if (Veiligheid.MinimaleAfstandKm is not null && Veiligheid.AfstandVan is null)
        {
            fouten.Add(new("veiligheid.afstandVan", Opvangfoutberichten.AfstandVan, "Een minimale afstand vraagt een punt om afstand van te houden."));
        }

        if (Veiligheid.AfstandVan is { IsGeldig: false })
        {
            fouten.Add(new("veiligheid.afstandVan", Opvangfoutberichten.Coordinaat, "Ongeldige coördinaat."));
        }

        if (Zoeklocatie is { IsGeldig: false })
        {
            fouten.Add(new("zoeklocatie", Opvangfoutberichten.Coordinaat, "Ongeldige coördinaat."));
        }

        return fouten;
    }
}
