namespace Schakel.Web.Features.Notificaties;

/// <summary>The kinds of notification; each is a text key in <see cref="NotificatieTeksten"/>, in nl and en.</summary>
public static class NotificatieSoorten
{
    public const string NieuweDoorverwijzing = "NieuweDoorverwijzing";
    public const string DoorverwijzingGewijzigd = "DoorverwijzingGewijzigd";
    public const string OpvangEscalatie = "OpvangEscalatie";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>([NieuweDoorverwijzing, DoorverwijzingGewijzigd, OpvangEscalatie]);
}

public sealed class NotificatieTeksten;
