namespace Schakel.Core.Meldpunt;

public enum JaNeeOnbekend
{
    Onbekend,
    Ja,
    Nee,
}
