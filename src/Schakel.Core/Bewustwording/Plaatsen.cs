namespace Schakel.Core.Bewustwording;

public enum Inschrijfstatus
{
    Ingeschreven,
    Wachtlijst,
    Geannuleerd,
}

/// <summary>
/// The places of a session. A sign-up takes a place while one is free and otherwise joins the waiting list;
/// never more sign-ups than places. The caller counts under the session's lock, so two sign-ups cannot both
/// see the last place free.
/// </summary>
public static class Plaatsen
{
    public static Inschrijfstatus NieuweInschrijving(int capaciteit, int ingeschreven) =>
        ingeschreven < capaciteit ? Inschrijfstatus.Ingeschreven : Inschrijfstatus.Wachtlijst;

    /// <summary>How many from the head of the waiting list move up once places are free (after a cancel or more capacity).</summary>
    public static int Doorschuiven(int capaciteit, int ingeschreven, int wachtend) =>
        Math.Clamp(capaciteit - ingeschreven, 0, wachtend);
}
