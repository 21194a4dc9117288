namespace Schakel.Core.Organisaties;

/// <summary>
/// Which organisations may receive case data (a report, a referral, a signal routed by the signals table, a table
/// seat). National bodies (ministries, VNG, knowledge centres) steer the programme and own its actions: they serve no
/// municipality, have no reporting point and no legal basis to process a person's case, so they never receive one.
/// Trainers and knowledge organisations (<see cref="OrganisatieType.Kennisorganisatie"/>) are in the directory for their
/// trainings only: they have no task in the chain's case work either.
/// Every place that offers, proposes or accepts a receiver asks this one rule.
/// </summary>
public static class Casusontvangst
{
    /// <summary>The types that never receive case data; an array so a database query can use it (<c>!Uitgesloten.Contains(o.Type)</c>).</summary>
    public static readonly OrganisatieType[] Uitgesloten = [OrganisatieType.Landelijk, OrganisatieType.Kennisorganisatie];

    public static bool OntvangtCasussen(this OrganisatieType type) => Array.IndexOf(Uitgesloten, type) < 0;
}
