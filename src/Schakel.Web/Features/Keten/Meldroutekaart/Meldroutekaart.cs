using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>
/// The reporting-route map as one reader sees it: drawn from the live rules, so its version is the route's
/// version and it changes the moment a rule does. <see cref="KaartOntvanger.Intern"/> is null on the public map.
/// </summary>
public sealed record Kaart(int Versie, DateTimeOffset GewijzigdOp, IReadOnlyList<KaartRegel> Regels, bool Intern = false);

public sealed record KaartRegel(
    int Nummer, string Code, string Naam, int Versie, DateTimeOffset GewijzigdOp, string Aanleiding,
    IReadOnlyList<KaartOntvanger> Ontvangers, KaartUitleg Uitleg);

/// <summary>The same rule explained to each audience the regional plan names.</summary>
public sealed record KaartUitleg(string Professional, string Gemeentemedewerker, string Burger);

public sealed record KaartOntvanger(OrganisatieType Type, string Naam, Rol Rol, string RolTekst, bool Spoed, KaartIntern? Intern);

/// <summary>What only professionals see: the function inside the organisation, the rule's own words, the contacts.</summary>
public sealed record KaartIntern(string? Functie, string Uitleg, Deelniveau Deelniveau, IReadOnlyList<KaartContact> Contacten);

public sealed record KaartContact(string Organisatie, string? Telefoon, string? Email, string? Website);
