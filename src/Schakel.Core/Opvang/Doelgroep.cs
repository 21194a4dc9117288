namespace Schakel.Core.Opvang;

/// <summary>The group a need belongs to, for shortage figures ("for men", "for minors").</summary>
public enum Doelgroep
{
    Vrouwen,
    Mannen,
    Anders,
    Minderjarigen,
}

public static class DoelgroepExtensions
{
    public static Doelgroep Doelgroep(this Behoefte behoefte) =>
        behoefte.IsMinderjarig ? Opvang.Doelgroep.Minderjarigen
        : behoefte.Geslacht switch
        {
            Geslacht.Vrouw => Opvang.Doelgroep.Vrouwen,
            Geslacht.Man => Opvang.Doelgroep.Mannen,
            _ => Opvang.Doelgroep.Anders,
        };
}
