using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Monitor;

/// <summary>
/// One report as the monitor sees it: no text, no personal data, only what the measures count. The web layer
/// projects these from the database; every rule that turns them into figures lives here.
/// </summary>
public sealed record MeldingFeit(
    Guid Id,
    MeldingSoort Soort,
    DateTimeOffset OntvangenOp,
    Toewijzing? Plaats,
    MelderType MelderType,
    Kanaal Kanaal,
    IReadOnlyList<Uitbuitingsvorm> Vormen,
    JaNeeOnbekend Minderjarig,
    bool Acuut,
    bool Samengevoegd,
    Zijde? Zijde = null,
    DateTimeOffset? EersteTriageOp = null,
    DateTimeOffset? EersteDoorverwijzingOp = null,
    DateTimeOffset? IngezienOp = null,
    DateTimeOffset? TeruggekoppeldOp = null);

public sealed record DoorverwijzingFeit(
    Guid MeldingId,
    Toewijzing? Plaats,
    OrganisatieType Ontvanger,
    Rol Rol,
    DateTimeOffset VerstuurdOp,
    DateTimeOffset EersteActieUiterlijk,
    DateTimeOffset? EersteActieOp);

/// <summary>A registration with CoMensha recorded on a victim-side referral; the party kind is a fixed word.</summary>
public sealed record RegistratieFeit(Toewijzing? Plaats, DateTimeOffset GeregistreerdOp, string Partijsoort);

/// <summary>
/// One shelter request as the monitor sees it (Opvang): where the victim was found, when, when the first placement was
/// confirmed, when the long-term place was arranged, the nights recorded without a place, and the moment these
/// facts were read (a 36-hour window counts only once it has ended).
/// </summary>
public sealed record OpvangFeit(
    Toewijzing? Plaats,
    DateTimeOffset GevondenOp,
    DateTimeOffset? EerstePlaatsingOp,
    DateTimeOffset? VervolgGeregeldOp,
    IReadOnlyList<DateOnly> NachtenZonderPlek,
    DateTimeOffset Peilmoment,
    Toewijzing? Verantwoordelijke = null);

public sealed record MonitorFeiten(
    IReadOnlyList<MeldingFeit> Meldingen,
    IReadOnlyList<DoorverwijzingFeit> Doorverwijzingen,
    IReadOnlyList<RegistratieFeit> Registraties,
    IReadOnlyList<OpvangFeit>? Opvangverzoeken = null)
{
    public static readonly MonitorFeiten Leeg = new([], [], []);

    public IReadOnlyList<OpvangFeit> Opvang => Opvangverzoeken ?? [];
}
