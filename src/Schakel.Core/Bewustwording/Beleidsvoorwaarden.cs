namespace Schakel.Core.Bewustwording;

/// <summary>A municipality's answers to the Handreiking's three preconditions for training.</summary>
public sealed record Beleidsstand(bool Beleid, bool InterneAfspraken, bool Aandachtsfunctionaris);

/// <summary>
/// Handreiking Hollands Midden §5.4: start training only once the municipality has its policy, its internal
/// agreements (reporting route) and a focal officer. Planning a training without them is allowed but warned.
/// </summary>
public static class Beleidsvoorwaarden
{
    public const string GeenBeleid = "bewustwording.voorwaarde.beleid";
    public const string GeenAfspraken = "bewustwording.voorwaarde.interne-afspraken";
    public const string GeenAandachtsfunctionaris = "bewustwording.voorwaarde.aandachtsfunctionaris";

    /// <summary>The codes of the missing preconditions; empty when training may start. Unknown answers count as missing.</summary>
    public static IReadOnlyList<string> Ontbrekend(Beleidsstand? stand)
    {
        var uit = new List<string>();
        if (stand?.Beleid != true)
        {
            uit.Add(GeenBeleid);
        }
        if (stand?.InterneAfspraken != true)
        {
            uit.Add(GeenAfspraken);
        }
        if (stand?.Aandachtsfunctionaris != true)
        {
            uit.Add(GeenAandachtsfunctionaris);
        }
        return uit;
    }
}
