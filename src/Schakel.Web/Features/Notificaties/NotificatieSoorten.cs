namespace Schakel.Web.Features.Notificaties;

/// <summary>The kinds of notification; each is a text key in <see cref="NotificatieTeksten"/>, in nl and en.</summary>
public static class NotificatieSoorten
{
    public const string NieuweDoorverwijzing = "NieuweDoorverwijzing";
    public const string DoorverwijzingGewijzigd = "DoorverwijzingGewijzigd";
    public const string OpvangEscalatie = "OpvangEscalatie";
    /// <summary>A new report or advice question for the reporting point (any channel but its own staff's intake).</summary>
    public const string NieuweMelding = "NieuweMelding";
    /// <summary>A reporter replied or asked something on their report.</summary>
    public const string MelderReactie = "MelderReactie";
    /// <summary>A bed of the shelter is held and waits for its answer.</summary>
    public const string NieuweReservering = "NieuweReservering";
    /// <summary>A hold on the shelter's bed ends soon without an answer.</summary>
    public const string ReserveringVerlooptBijna = "ReserveringVerlooptBijna";
    /// <summary>A placement request needs a party who may place: the requester may not place in the pool it chose.</summary>
    public const string PlaatsingBevoegdeNodig = "PlaatsingBevoegdeNodig";
    /// <summary>The reporting route changed: a new version of the reporting-route map, for the focal officers.</summary>
    public const string MeldroutekaartGewijzigd = "MeldroutekaartGewijzigd";

    /// <summary>The municipality's policy is due for its own evaluation (Sturing).</summary>
    public const string BeleidEvaluatie = "BeleidEvaluatie";

    /// <summary>A request of a person concerned nears its legal deadline (Privacy/Rechten).</summary>
    public const string VerzoekTermijnNadert = "VerzoekTermijnNadert";

    /// <summary>A referral the organisation received was limited: its personal data are no longer shown (a restriction, art. 18 AVG).</summary>
    public const string DoorverwijzingBeperkt = "DoorverwijzingBeperkt";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>([
        NieuweDoorverwijzing, DoorverwijzingGewijzigd, OpvangEscalatie, NieuweMelding, MelderReactie, NieuweReservering,
        ReserveringVerlooptBijna, PlaatsingBevoegdeNodig, MeldroutekaartGewijzigd, BeleidEvaluatie, VerzoekTermijnNadert, DoorverwijzingBeperkt]);
}

public sealed class NotificatieTeksten;
