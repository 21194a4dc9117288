using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

/// <summary>What the overview needs to know of one placement request; plain values, no names.</summary>
public sealed record VerzoekFeiten
{
    public required Guid Id { get; init; }

    public required DateTimeOffset GevondenOp { get; init; }

    /// <summary>When a first placement (or help) was confirmed; <c>null</c> when never. A hold alone is not a first place.</summary>
    public DateTimeOffset? EersteOpvangOp { get; init; }

    /// <summary>When the long-term place was arranged; <c>null</c> when not (yet).</summary>
    public DateTimeOffset? VervolgGeregeldOp { get; init; }

    /// <summary>Set when a night without a suitable first place was recorded.</summary>
    public Nachtverblijf? NachtZonderPlek { get; init; }

    public Doelgroep Doelgroep { get; init; }

    public IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen { get; init; } = [];
}
