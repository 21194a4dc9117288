using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>The JSON shapes of the route API. Serialised with <see cref="MeldrouteJson.Opties"/> (enums as camelCase names).</summary>
public static class MeldrouteAntwoorden
{
    public sealed record OrganisatieVerwijzing(Guid Id, string Naam, Schakel.Core.Organisaties.OrganisatieType Type);

    public sealed record RegelVerwijzing(string Code, int Nummer, int Versie, string? Naam);

    /// <summary><c>AandachtsfunctionarisId</c>: the focal officer the internal route chose inside the organisation (GET /aandachtsfunctionarissen/{id}).</summary>
    public sealed record Reden(RegelVerwijzing Regel, Rol Rol, Deelniveau Deelniveau, bool Spoed, string Uitleg, string? Terugval, Guid? AandachtsfunctionarisId);

    /// <summary>One proposed receiver; <c>Grondslag</c> is the legal basis proposed for it (null at level geen).</summary>
    public sealed record Voorstel(
        OrganisatieVerwijzing Organisatie, Rol Rol, Deelniveau Deelniveau, GrondslagVerwijzing? Grondslag, bool Spoed, RegelVerwijzing Regel, string Uitleg,
        IReadOnlyList<Reden> Redenen);

    public sealed record Ontbrekend(RegelVerwijzing Regel, Schakel.Core.Organisaties.OrganisatieType Doeltype, Rol Rol, string Uitleg);

    public sealed record Toets(int MeldrouteVersie, IReadOnlyList<Voorstel> Voorstellen, IReadOnlyList<Ontbrekend> Ontbrekend, IReadOnlyList<string> Toelichting);

    public sealed record Regel(
        string Code, int Versie, int Nummer, string Naam, bool Actief, RegelVoorwaarden Voorwaarden, IReadOnlyList<RegelUitkomst> Uitkomsten,
        DateTime GeldigVanaf, DateTime? VervangenOp, string? Reden);

    public sealed record Route(int Versie, IReadOnlyList<Regel> Regels);

    public static Toets Van(Routevoorstel v, DeelTekst tekst) => new(
        v.MeldrouteVersie,
        v.Doorverwijzingen.Select(d => new Voorstel(
            new(d.OrganisatieId, d.OrganisatieNaam, d.OrganisatieType), d.Rol, d.Deelniveau, tekst.Verwijzing(d.Grondslag), d.Spoed, Verwijzing(d.Regel), d.Uitleg,
            d.Redenen.Select(r => new Reden(Verwijzing(r), r.Rol, r.Deelniveau, r.Spoed, r.Uitleg, r.Terugval, r.AandachtsfunctionarisId)).ToList())).ToList(),
        v.Ontbrekend.Select(o => new Ontbrekend(new(o.RegelCode, o.RegelNummer, o.RegelVersie, null), o.Doeltype, o.Rol, o.Uitleg)).ToList(),
        v.Toelichting);

    public static Regel Van(MeldrouteRegelVersie r)
    {
        var regel = r.NaarRegel();
        return new(r.Code, r.Versie, r.Nummer, r.Naam, r.Actief, regel.Voorwaarden, regel.Uitkomsten,
            r.GeldigVanaf.UtcDateTime, r.VervangenOp?.UtcDateTime, r.Reden);
    }

    private static RegelVerwijzing Verwijzing(Onderbouwing o) => new(o.RegelCode, o.RegelNummer, o.RegelVersie, o.RegelNaam);
}
