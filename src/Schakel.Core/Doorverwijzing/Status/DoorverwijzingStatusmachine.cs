namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The receiving organisation's part of a referral: it accepts, may ask a question back (and then
/// continues where it was), reports an outcome and closes. Closing straight from verstuurd is declining.
/// </summary>
public static class DoorverwijzingStatusmachine
{
    private static readonly Toestandsmachine<DoorverwijzingStatus> Machine = new("Een doorverwijzing",
        new Dictionary<DoorverwijzingStatus, DoorverwijzingStatus[]>
        {
            [DoorverwijzingStatus.Verstuurd] =
                [DoorverwijzingStatus.Geaccepteerd, DoorverwijzingStatus.VraagGesteld, DoorverwijzingStatus.Afgesloten],
            [DoorverwijzingStatus.Geaccepteerd] =
                [DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.VraagGesteld, DoorverwijzingStatus.UitkomstGemeld],
            [DoorverwijzingStatus.VraagGesteld] =
            [
                DoorverwijzingStatus.Verstuurd, DoorverwijzingStatus.Geaccepteerd, DoorverwijzingStatus.InBehandeling,
                DoorverwijzingStatus.Afgesloten,
            ],
            [DoorverwijzingStatus.InBehandeling] = [DoorverwijzingStatus.VraagGesteld, DoorverwijzingStatus.UitkomstGemeld],
            [DoorverwijzingStatus.UitkomstGemeld] = [DoorverwijzingStatus.Afgesloten, DoorverwijzingStatus.InBehandeling],
            [DoorverwijzingStatus.Afgesloten] = [],
        }, Label);

    public static IReadOnlyList<DoorverwijzingStatus> Volgende(DoorverwijzingStatus van) => Machine.Volgende(van);

    public static Statusovergang<DoorverwijzingStatus> Probeer(DoorverwijzingStatus van, DoorverwijzingStatus naar) =>
        Machine.Probeer(van, naar);

    public static string Label(DoorverwijzingStatus status) => status switch
    {
        DoorverwijzingStatus.Verstuurd => "verstuurd",
        DoorverwijzingStatus.Geaccepteerd => "geaccepteerd",
        DoorverwijzingStatus.VraagGesteld => "vraag gesteld",
        DoorverwijzingStatus.InBehandeling => "in behandeling",
        DoorverwijzingStatus.UitkomstGemeld => "uitkomst gemeld",
        DoorverwijzingStatus.Afgesloten => "afgesloten",
        _ => status.ToString(),
    };
}
