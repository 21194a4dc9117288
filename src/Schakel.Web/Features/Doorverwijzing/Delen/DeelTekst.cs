using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>The name of a legal basis as shown with a proposal or a referral: its code and a short name.</summary>
public sealed record GrondslagVerwijzing(string Code, string Naam);

/// <summary>
/// Turns the sharing policy's codes into text in the reader's language: a legal basis's short name and the reason
/// for a decision. Core decides and names the rule; the words live here, per language.
/// </summary>
public sealed class DeelTekst(ITeksten<DelenTeksten> teksten)
{
    /// <summary>The short name of a basis; a basis a beheerder added has none, so its description is shown.</summary>
    public string Naam(string code, string? omschrijving = null)
    {
        var tekst = teksten["Grondslag." + code];
        return tekst.ResourceNotFound ? omschrijving ?? code : tekst.Value;
    }

    public GrondslagVerwijzing? Verwijzing(Grondslag? grondslag) =>
        grondslag is null ? null : new GrondslagVerwijzing(grondslag.Code, Naam(grondslag.Code, grondslag.Omschrijving));

    /// <summary>The decision's reason in the reader's language; an unknown code falls back to Core's Dutch reason.</summary>
    public string Reden(DeelToets toets)
    {
        if (toets.Code is not { } code)
        {
            return toets.Reden;
        }
        var argumenten = (toets.Argumenten ?? []).Select(Argument).ToArray<object>();
        var tekst = teksten["Deel." + code, argumenten];
        return tekst.ResourceNotFound ? toets.Reden : tekst.Value;
    }

    /// <summary>A fixed text of the sharing rules (a refusal or a notice about the report) in the reader's language.</summary>
    public string Tekst(string sleutel) => teksten[sleutel].Value;

    // Arguments are basis codes, receiver type names, level names or a comma-separated list of codes.
    private string Argument(string waarde)
    {
        if (waarde.Length == 0)
        {
            return teksten["GeenPassend"].Value;
        }
        if (Enum.TryParse<OrganisatieType>(waarde, out var type) && Enum.IsDefined(type))
        {
            return teksten["Ontvanger." + type].Value;
        }
        if (Enum.TryParse<Deelniveau>(waarde, out var niveau) && Enum.IsDefined(niveau))
        {
            return teksten["Niveau." + niveau].Value;
        }
        return waarde;
    }
}
