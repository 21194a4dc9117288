namespace Schakel.Core.Doorverwijzing;

/// <summary>Status of one receiving organisation's part of a report; see <see cref="DoorverwijzingStatusmachine"/>.</summary>
public enum DoorverwijzingStatus
{
    Verstuurd,
    Geaccepteerd,
    VraagGesteld,
    InBehandeling,
    UitkomstGemeld,
    Afgesloten,
}
