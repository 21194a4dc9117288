namespace Schakel.Core.Bewustwording;

public enum Spoor
{
    Nieuw,
    Ervaren,
}

/// <summary>
/// The yearly training of focal officers has two tracks (Jaarplan 2024 §4.1): "nieuw" in the first year as
/// focal officer, "ervaren" after it. The first year is counted from the appointment: whoever had not yet
/// served a full year on 1 January of the training year follows the new track that year.
/// </summary>
public static class Trainingsspoor
{
    public static Spoor Voor(DateOnly aangesteld, int jaar) =>
        aangesteld.AddYears(1) > new DateOnly(jaar, 1, 1) ? Spoor.Nieuw : Spoor.Ervaren;
}
