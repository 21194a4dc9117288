namespace Schakel.Core.Bewustwording;

/// <summary>One evaluation's three scores (1–5): content, trainer, usefulness in the participant's work.</summary>
public sealed record Scores(int Inhoud, int Trainer, int Bruikbaarheid);

/// <summary>
/// The results of a group of evaluations (an offer, a provider). Fewer than <see cref="Evaluatieresultaat.Drempel"/>
/// answers show no averages: with a handful of participants a trainer could tell who gave which score.
/// </summary>
public sealed record Evaluatiesamenvatting(int Aantal, bool Verborgen, double? Inhoud, double? Trainer, double? Bruikbaarheid);

public static class Evaluatieresultaat
{
    public const int Drempel = 5;
    public const int Laagste = 1;
    public const int Hoogste = 5;

    public static bool IsGeldigeScore(int? score) => score is >= Laagste and <= Hoogste;

    public static Evaluatiesamenvatting Samenvatten(IReadOnlyCollection<Scores> scores)
    {
        if (scores.Count < Drempel)
        {
            return new Evaluatiesamenvatting(scores.Count, true, null, null, null);
        }
        return new Evaluatiesamenvatting(scores.Count, false,
            Math.Round(scores.Average(s => s.Inhoud), 1), Math.Round(scores.Average(s => s.Trainer), 1), Math.Round(scores.Average(s => s.Bruikbaarheid), 1));
    }

    /// <summary>
    /// A participant may evaluate once, after the session began, when marked present on a place (not on the waiting
    /// list, not cancelled).
    /// </summary>
    public static bool MagEvalueren(Inschrijfstatus status, bool? aanwezig, bool geevalueerd, DateTimeOffset begin, DateTimeOffset nu) =>
        status == Inschrijfstatus.Ingeschreven && aanwezig == true && !geevalueerd && nu >= begin;

    /// <summary>A certificate of attendance exists for whoever was marked present on a place.</summary>
    public static bool HeeftCertificaat(Inschrijfstatus status, bool? aanwezig) => status == Inschrijfstatus.Ingeschreven && aanwezig == true;
}
