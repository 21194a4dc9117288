namespace Schakel.Core.Organisaties;

/// <summary>Roles of professionals and API clients. Stored as role names, so they are strings.</summary>
public static class Rollen
{
    public const string Aandachtsfunctionaris = "aandachtsfunctionaris";
    public const string Zorgcoordinator = "zorgcoordinator";
    public const string Opsporing = "opsporing";
    public const string Opvangmedewerker = "opvangmedewerker";
    public const string Ketenregisseur = "ketenregisseur";
    public const string Beheerder = "beheerder";
    /// <summary>Staff of a training or awareness provider: keeps its own organisation's offers and sessions.</summary>
    public const string Aanbieder = "aanbieder";
    /// <summary>
    /// The data protection officer (functionaris gegevensbescherming, AVG art. 37–39): informs, advises and monitors. Reads the
    /// register of processing, the legal bases, the requests' deadlines, holds, retention and audit summaries; never case content.
    /// </summary>
    public const string FunctionarisGegevensbescherming = "functionaris-gegevensbescherming";

    public static readonly IReadOnlyList<string> Alle =
        [Aandachtsfunctionaris, Zorgcoordinator, Opsporing, Opvangmedewerker, Ketenregisseur, Beheerder, Aanbieder, FunctionarisGegevensbescherming];

    /// <summary>
    /// Every role that works in the chain: all but the data protection officer, who monitors the processing and uses only the
    /// privacy pages (register, bases, requests, supervision), notifications and the account. Links and pages "for every professional"
    /// use this list, so the officer's menu holds only what the officer uses and those pages refuse an account that is only officer.
    /// </summary>
    public static readonly IReadOnlyList<string> Professionals = [.. Alle.Where(r => r != FunctionarisGegevensbescherming)];

    /// <summary>Roles that hold the officer's role and none that works in the chain.</summary>
    public static bool AlleenToezicht(IEnumerable<string> rollen)
    {
        var lijst = rollen.ToList();
        return lijst.Contains(FunctionarisGegevensbescherming, StringComparer.Ordinal) && !lijst.Any(r => Professionals.Contains(r, StringComparer.Ordinal));
    }

    public static bool IsGeldig(string rol) => Alle.Contains(rol, StringComparer.Ordinal);
}
