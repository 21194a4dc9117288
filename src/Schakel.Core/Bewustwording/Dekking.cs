namespace Schakel.Core.Bewustwording;

/// <summary>One attended session: the role (audience code) of the participant and when the session was held.</summary>
public sealed record Deelname(string Rol, DateOnly Datum);

/// <summary>A focal officer who must follow the yearly training, with the sessions they attended (by track).</summary>
public sealed record PlichtigeFunctionaris(Guid Id, string Naam, DateOnly Aangesteld, IReadOnlyList<(Spoor Spoor, DateOnly Datum)> Gevolgd);

public sealed record FunctionarisDekking(Guid Id, string Naam, Spoor Spoor, bool Getraind);

public sealed record Dekkingsstand(
    int Jaar,
    IReadOnlyList<string> RollenGetraind,
    IReadOnlyList<string> RollenAchterstallig,
    IReadOnlyList<FunctionarisDekking> Functionarissen)
{
    public int Verplicht => RollenGetraind.Count + RollenAchterstallig.Count + Functionarissen.Count;
    public int Getraind => RollenGetraind.Count + Functionarissen.Count(f => f.Getraind);
}

/// <summary>
/// Coverage of a municipality's training plan in a calendar year: a role counts as trained when someone in that
/// role attended a session that year; a focal officer when they attended the yearly training of their own track
/// that year. Whatever is not trained by the end of the year is overdue; during the year it is still open, and
/// both show in the same list so the ketenregisseur can act before December.
/// </summary>
public static class Dekking
{
    public static Dekkingsstand Bereken(int jaar, IReadOnlyCollection<string> verplichteRollen, IEnumerable<Deelname> deelnames,
        IEnumerable<PlichtigeFunctionaris> functionarissen)
    {
        var getraind = deelnames.Where(d => d.Datum.Year == jaar).Select(d => d.Rol).ToHashSet(StringComparer.Ordinal);
        var rollen = verplichteRollen.Distinct(StringComparer.Ordinal).ToList();
        var functionarisDekking = functionarissen.Select(f =>
        {
            var spoor = Trainingsspoor.Voor(f.Aangesteld, jaar);
            return new FunctionarisDekking(f.Id, f.Naam, spoor, f.Gevolgd.Any(g => g.Datum.Year == jaar && g.Spoor == spoor));
        }).ToList();
        return new Dekkingsstand(jaar,
            rollen.Where(getraind.Contains).ToList(),
            rollen.Where(r => !getraind.Contains(r)).ToList(),
            functionarisDekking);
    }
}
