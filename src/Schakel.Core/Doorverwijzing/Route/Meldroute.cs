namespace Schakel.Core.Doorverwijzing;

/// <summary>An ordered, versioned set of routing rules (the meldroutekaart).</summary>
public sealed record Meldroute
{
    public int Versie { get; init; } = 1;

    public required IReadOnlyList<MeldrouteRegel> Regels { get; init; }

    public IEnumerable<MeldrouteRegel> ActieveRegelsOpVolgorde() =>
        Regels.Where(r => r.Actief).OrderBy(r => r.Nummer);

    /// <summary>
    /// Replaces (or adds) the rule with the same code as a new version of both the rule and the route;
    /// the old route object is untouched, so decisions made on it keep their meaning.
    /// </summary>
    public Meldroute MetRegel(MeldrouteRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var bestaand = Regels.FirstOrDefault(r => r.Code == regel.Code);
        var nieuw = regel with { Versie = bestaand is null ? 1 : bestaand.Versie + 1 };
        var regels = Regels.Where(r => r.Code != regel.Code).Append(nieuw).OrderBy(r => r.Nummer).ToList();
        return this with { Versie = Versie + 1, Regels = regels };
    }

    /// <summary>Problems a beheerder must fix before the route can be used, in Dutch; empty when valid.</summary>
    public IReadOnlyList<string> Valideer()
    {
        var fouten = new List<string>();
        foreach (var dubbel in Regels.GroupBy(r => r.Nummer).Where(g => g.Count() > 1))
        {
            fouten.Add($"Regelnummer {dubbel.Key} komt meer dan één keer voor.");
        }

        foreach (var dubbel in Regels.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            fouten.Add($"Regelcode '{dubbel.Key}' komt meer dan één keer voor.");
        }

        foreach (var regel in Regels)
        {
            if (string.IsNullOrWhiteSpace(regel.Code) || string.IsNullOrWhiteSpace(regel.Naam))
            {
                fouten.Add($"Regel {regel.Nummer} heeft geen code of naam.");
            }

            if (regel.Uitkomsten.Count == 0)
            {
                fouten.Add($"Regel {regel.Nummer} ({regel.Naam}) heeft geen uitkomst.");
            }

            if (regel.Uitkomsten.Any(u => string.IsNullOrWhiteSpace(u.Uitleg)))
            {
                fouten.Add($"Regel {regel.Nummer} ({regel.Naam}) heeft een uitkomst zonder uitleg.");
            }
        }

        return fouten;
    }
}
