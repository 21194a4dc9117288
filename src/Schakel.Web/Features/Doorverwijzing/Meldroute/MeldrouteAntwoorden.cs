using Schakel.Core.Doorverwijzing;
using Schakel.Core.Teksten;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>The JSON shapes of the route API. Serialised with <see cref="MeldrouteJson.Opties"/> (enums as camelCase names).</summary>
public static class MeldrouteAntwoorden
{
    public sealed record OrganisatieVerwijzing(Guid Id, string Naam, Schakel.Core.Organisaties.OrganisatieType Type);

    public sealed record RegelVerwijzing(string Code, int Nummer, int Versie, string? Naam);

    /// <summary>
    /// One rule's reason. <c>Uitleg</c> and <c>Terugval</c> are in the reader's language (Accept-Language, Dutch by default);
    /// <c>Code</c> is the explanation's stable code. <c>AandachtsfunctionarisId</c>: the focal officer the internal route chose
    /// inside the organisation (GET /aandachtsfunctionarissen/{id}).
    /// </summary>
    public sealed record Reden(
        RegelVerwijzing Regel, Rol Rol, Deelniveau Deelniveau, bool Spoed, string Uitleg, string? Code, string? Terugval, Guid? AandachtsfunctionarisId);

    /// <summary>
    /// One proposed receiver; <c>Grondslag</c> is the legal basis proposed for it (null at level geen). <c>Uitleg</c> joins the
    /// reasons in the reader's language; <c>UitlegDelen</c> gives each reason with its code, as a sent referral does.
    /// </summary>
    public sealed record Voorstel(
        OrganisatieVerwijzing Organisatie, Rol Rol, Deelniveau Deelniveau, GrondslagVerwijzing? Grondslag, bool Spoed, RegelVerwijzing Regel, string Uitleg,
        IReadOnlyList<UitlegDeel> UitlegDelen, IReadOnlyList<Reden> Redenen);

    public sealed record Ontbrekend(RegelVerwijzing Regel, Schakel.Core.Organisaties.OrganisatieType Doeltype, Rol Rol, string Uitleg, string? Code);

    /// <summary><c>Toelichting</c>: which rules applied, in the reader's language; <c>ToelichtingDelen</c> the same with their codes.</summary>
    public sealed record Toets(
        int MeldrouteVersie, IReadOnlyList<Voorstel> Voorstellen, IReadOnlyList<Ontbrekend> Ontbrekend, IReadOnlyList<string> Toelichting,
        IReadOnlyList<UitlegDeel> ToelichtingDelen);

    public sealed record Regel(
        string Code, int Versie, int Nummer, string Naam, bool Actief, RegelVoorwaarden Voorwaarden, IReadOnlyList<RegelUitkomst> Uitkomsten,
        DateTime GeldigVanaf, DateTime? VervangenOp, string? Reden);

    public sealed record Route(int Versie, IReadOnlyList<Regel> Regels);

    /// <summary>The proposal in the reader's language: every explanation from its message (Core's Dutch where a part has none).</summary>
    public static Toets Van(Routevoorstel v, DeelTekst tekst, DomeinTekst d)
    {
        var toelichting = v.ToelichtingBerichten ?? [.. v.Toelichting.Select(BerichtJson.Letterlijk)];
        return new(
            v.MeldrouteVersie,
            v.Doorverwijzingen.Select(o =>
            {
                var redenen = o.Redenen.Select(r => r.Bericht ?? BerichtJson.Letterlijk(r.Uitleg)).ToList();
                return new Voorstel(
                    new(o.OrganisatieId, o.OrganisatieNaam, o.OrganisatieType), o.Rol, o.Deelniveau, tekst.Verwijzing(o.Grondslag), o.Spoed, Verwijzing(o.Regel),
                    DoorverwijzingUitleg.Tekst(redenen, d), DoorverwijzingUitleg.Delen(redenen, d),
                    o.Redenen.Select((r, i) => new Reden(Verwijzing(r), r.Rol, r.Deelniveau, r.Spoed, d[redenen[i]], DoorverwijzingUitleg.Code(redenen[i]),
                        r.TerugvalBericht is { } terugval ? d[terugval] : r.Terugval, r.AandachtsfunctionarisId)).ToList());
            }).ToList(),
            v.Ontbrekend.Select(o => new Ontbrekend(new(o.RegelCode, o.RegelNummer, o.RegelVersie, null), o.Doeltype, o.Rol,
                o.Bericht is { } b ? d[b] : o.Uitleg, o.Bericht is { } c ? DoorverwijzingUitleg.Code(c) : null)).ToList(),
            [.. toelichting.Select(t => d[t])],
            DoorverwijzingUitleg.Delen(toelichting, d));
    }

    public static Regel Van(MeldrouteRegelVersie r)
    {
        var regel = r.NaarRegel();
        return new(r.Code, r.Versie, r.Nummer, r.Naam, r.Actief, regel.Voorwaarden, regel.Uitkomsten,
            r.GeldigVanaf.UtcDateTime, r.VervangenOp?.UtcDateTime, r.Reden);
    }

    private static RegelVerwijzing Verwijzing(Onderbouwing o) => new(o.RegelCode, o.RegelNummer, o.RegelVersie, o.RegelNaam);
}
