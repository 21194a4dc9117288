namespace Schakel.Core.Keten;

/// <summary>
/// The municipal department a focal officer works in. Midden-Delfland's policy (§5.1, §5.2.1) puts the
/// perpetrator side with public order and safety and the victim side with the social domain; the Hollands
/// Midden guide (§5) also names licensing and enforcement.
/// </summary>
public enum Aandachtsfunctionarisafdeling
{
    OOV,
    SociaalDomein,
    Vergunningen,
    Overig,
}

/// <summary>Which signals a focal officer handles: about perpetrators, about victims, or both.</summary>
public enum Aandachtsfunctionariszijde
{
    Dader,
    Slachtoffer,
    Beide,
}
