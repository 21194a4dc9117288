namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>The organisation's open requests with their 36-hour clock at <paramref name="Nu"/>.</summary>
public sealed record VerzoekenWeergave(IReadOnlyList<Plaatsingsverzoek> Verzoeken, DateTimeOffset Nu);
