namespace Schakel.Core.Opvang;

/// <summary>Where a victim spent the night when no suitable first place was found.</summary>
public enum Nachtverblijf
{
    Straat,
    Hotel,
    Daklozenopvang,
    Politiebureau,
    TerugNaarUitbuitingssituatie,
    Onbekend,
}
