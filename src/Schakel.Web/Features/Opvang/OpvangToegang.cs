using System.Security.Claims;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang;

/// <summary>Who may do what on the shelter board; checked in the service, for pages and API alike.</summary>
public static class OpvangToegang
{
    /// <summary>Those who describe a need and hold beds: care coordination (and CoMensha), police, a municipality's access point.</summary>
    public static readonly string[] Plaatsers = [Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Aandachtsfunctionaris];

    /// <summary>Everyone who may see the board's figures (not addresses).</summary>
    public static readonly string[] Lezers = [.. Plaatsers, Rollen.Opvangmedewerker, Rollen.Ketenregisseur];

    public static bool MagPlaatsen(ClaimsPrincipal g) => Plaatsers.Any(g.IsInRole);

    public static bool MagLezen(ClaimsPrincipal g) => Lezers.Any(g.IsInRole);

    /// <summary>
    /// A location's address goes only to its own staff and to those who place (care coordinators, police,
    /// CoMensha) — never to a municipality's general staff or the chain director, and never when secret.
    /// </summary>
    public static bool MagAdresZien(ClaimsPrincipal g, Opvanglocatie locatie, OrganisatieType? eigenType) =>
        !locatie.GeheimAdres && (
            (g.IsInRole(Rollen.Opvangmedewerker) && g.OrganisatieId() == locatie.OrganisatieId)
            || g.IsInRole(Rollen.Zorgcoordinator)
            || g.IsInRole(Rollen.Opsporing) && eigenType is OrganisatieType.Politie or OrganisatieType.KMar
            || eigenType == OrganisatieType.CoMensha);
}
