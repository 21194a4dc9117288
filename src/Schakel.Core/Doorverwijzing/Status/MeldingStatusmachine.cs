namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The workflow of a report: ontvangen → in triage → doorverwezen → in behandeling → afgerond, with
/// niet-ontvankelijk and samengevoegd as ends and heropend (from afgerond or niet-ontvankelijk) back into triage.
/// The web layer appends every successful transition to the history; this class only decides.
/// </summary>
public static class MeldingStatusmachine
{
    private static readonly Toestandsmachine<MeldingStatus> Machine = new("Een melding", new Dictionary<MeldingStatus, MeldingStatus[]>
    {
        [MeldingStatus.Ontvangen] = [MeldingStatus.InTriage, MeldingStatus.NietOntvankelijk, MeldingStatus.Samengevoegd],
        // Afgerond straight from triage: an advice question answered or a signal that needs no partner.
        [MeldingStatus.InTriage] =
            [MeldingStatus.Doorverwezen, MeldingStatus.Afgerond, MeldingStatus.NietOntvankelijk, MeldingStatus.Samengevoegd],
        // Back to triage when every partner declined and the route must be set again.
        [MeldingStatus.Doorverwezen] = [MeldingStatus.InBehandeling, MeldingStatus.InTriage, MeldingStatus.Samengevoegd],
        [MeldingStatus.InBehandeling] = [MeldingStatus.Afgerond, MeldingStatus.Samengevoegd],
        [MeldingStatus.Afgerond] = [MeldingStatus.Heropend],
        [MeldingStatus.NietOntvankelijk] = [MeldingStatus.Heropend],
        [MeldingStatus.Samengevoegd] = [],
        [MeldingStatus.Heropend] = [MeldingStatus.InTriage],
    }, Label);

    public static IReadOnlyList<MeldingStatus> Volgende(MeldingStatus van) => Machine.Volgende(van);

    /// <param name="eigenId">The report being changed, so it cannot be merged into itself.</param>
    /// <param name="samengevoegdMet">Required for <see cref="MeldingStatus.Samengevoegd"/>: the report it was merged into.</param>
    public static Statusovergang<MeldingStatus> Probeer(
        MeldingStatus van, MeldingStatus naar, Guid? eigenId = null, Guid? samengevoegdMet = null)
    {
        if (naar == MeldingStatus.Samengevoegd && Machine.Mag(van, naar))
        {
            if (samengevoegdMet is null || samengevoegdMet == Guid.Empty)
            {
                return Statusovergang<MeldingStatus>.Mislukt(van,
                    "Samenvoegen vraagt de melding waarmee deze melding wordt samengevoegd.");
            }

            if (samengevoegdMet == eigenId)
            {
                return Statusovergang<MeldingStatus>.Mislukt(van, "Een melding kan niet met zichzelf worden samengevoegd.");
            }
        }

        if (naar != MeldingStatus.Samengevoegd && samengevoegdMet is not null)
        {
            return Statusovergang<MeldingStatus>.Mislukt(van, "Een verwijzing naar een andere melding hoort alleen bij samenvoegen.");
        }

        return Machine.Probeer(van, naar);
    }

    public static string Label(MeldingStatus status) => status switch
    {
        MeldingStatus.Ontvangen => "ontvangen",
        MeldingStatus.InTriage => "in triage",
        MeldingStatus.Doorverwezen => "doorverwezen",
        MeldingStatus.InBehandeling => "in behandeling",
        MeldingStatus.Afgerond => "afgerond",
        MeldingStatus.NietOntvankelijk => "niet-ontvankelijk",
        MeldingStatus.Samengevoegd => "samengevoegd",
        MeldingStatus.Heropend => "heropend",
        _ => status.ToString(),
    };

    /// <summary>Statuses in which the report still needs action and deadlines run.</summary>
    public static bool IsOpen(MeldingStatus status) =>
        status is not (MeldingStatus.Afgerond or MeldingStatus.NietOntvankelijk or MeldingStatus.Samengevoegd);
}
