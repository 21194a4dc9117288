using Schakel.Core.Teksten;

namespace Schakel.Core.Opvang;

/// <summary>
/// One invalid field; <see cref="Veld"/> is the camelCase API field name. <see cref="Bericht"/> carries the code
/// (<see cref="Opvangfoutberichten"/>) so a page can say it in the reader's language; <see cref="Melding"/> is its Dutch.
/// </summary>
public sealed record Validatiefout(string Veld, Bericht Bericht)
{
    public Validatiefout(string veld, string code, string sjabloon, params object[] argumenten)
        : this(veld, Bericht.Van(code, sjabloon, argumenten))
    {
    }

    public string Melding => Bericht.Nederlands;
}
