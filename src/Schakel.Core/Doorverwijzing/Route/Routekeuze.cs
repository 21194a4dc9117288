namespace Schakel.Core.Doorverwijzing;

/// <summary>A recipient as staff chose it, after looking at the proposal.</summary>
public sealed record GekozenOntvanger(Guid OrganisatieId, Rol Rol, Deelniveau Deelniveau);

public enum AfwijkingSoort
{
    Toegevoegd,
    Weggelaten,
    RolGewijzigd,
    DeelniveauVerhoogd,
    DeelniveauVerlaagd,
}

public sealed record Afwijking(Guid OrganisatieId, AfwijkingSoort Soort, string Omschrijving);

/// <summary>
/// Compares what staff chose with what the route proposed. Every deviation needs a reason, so the
/// decision can be explained later; following the proposal needs none.
/// </summary>
public static class Routekeuze
{
    public static IReadOnlyList<Afwijking> Afwijkingen(
        Routevoorstel voorstel, IReadOnlyList<GekozenOntvanger> gekozen, Func<Guid, string>? naamVan = null)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        ArgumentNullException.ThrowIfNull(gekozen);
        var voorgesteld = voorstel.Doorverwijzingen.ToDictionary(d => d.OrganisatieId);
        string Naam(Guid id) =>
            voorgesteld.TryGetValue(id, out var d) ? d.OrganisatieNaam : naamVan?.Invoke(id) ?? id.ToString();

        var afwijkingen = new List<Afwijking>();
        foreach (var keuze in gekozen)
        {
            if (!voorgesteld.TryGetValue(keuze.OrganisatieId, out var voorstelRegel))
            {
                afwijkingen.Add(new(keuze.OrganisatieId, AfwijkingSoort.Toegevoegd,
                    $"{Naam(keuze.OrganisatieId)} toegevoegd; de meldroute stelde deze organisatie niet voor."));
                continue;
            }

            if (keuze.Rol != voorstelRegel.Rol)
            {
                afwijkingen.Add(new(keuze.OrganisatieId, AfwijkingSoort.RolGewijzigd,
                    $"{voorstelRegel.OrganisatieNaam}: rol {RolTekst(keuze.Rol)} in plaats van {RolTekst(voorstelRegel.Rol)}."));
            }

            if (keuze.Deelniveau != voorstelRegel.Deelniveau)
            {
                var soort = keuze.Deelniveau > voorstelRegel.Deelniveau
                    ? AfwijkingSoort.DeelniveauVerhoogd
                    : AfwijkingSoort.DeelniveauVerlaagd;
                afwijkingen.Add(new(keuze.OrganisatieId, soort,
                    $"{voorstelRegel.OrganisatieNaam}: deelniveau {DeelniveauTekst.Naam(keuze.Deelniveau)} " +
                    $"in plaats van {DeelniveauTekst.Naam(voorstelRegel.Deelniveau)}."));
            }
        }

        var gekozenIds = gekozen.Select(g => g.OrganisatieId).ToHashSet();
        afwijkingen.AddRange(voorstel.Doorverwijzingen
            .Where(d => !gekozenIds.Contains(d.OrganisatieId))
            .Select(d => new Afwijking(d.OrganisatieId, AfwijkingSoort.Weggelaten,
                $"{d.OrganisatieNaam} weggelaten; de meldroute stelde {RolTekst(d.Rol)} voor.")));
        return afwijkingen;
    }

    /// <summary>Null when the choice may be saved; otherwise a Dutch error listing the deviations that need a reason.</summary>
    public static string? Toets(Routevoorstel voorstel, IReadOnlyList<GekozenOntvanger> gekozen, string? reden,
        Func<Guid, string>? naamVan = null)
    {
        var afwijkingen = Afwijkingen(voorstel, gekozen, naamVan);
        if (afwijkingen.Count == 0 || !string.IsNullOrWhiteSpace(reden))
        {
            return null;
        }

        return "Geef een reden voor de afwijking van de meldroute: " +
            string.Join(" ", afwijkingen.Select(a => a.Omschrijving));
    }

    private static string RolTekst(Rol rol) => rol == Rol.Behandelaar ? "behandelaar" : "informeren";
}
