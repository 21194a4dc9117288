namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>A list of removable parts (phones, contacts) of a service: each row with its own remove button.</summary>
public sealed record GidsOnderdelen(string Pad, string Soort, IReadOnlyList<(Guid Id, string Tekst)> Rijen);

/// <summary>The opening hours of a service or location and the form to add one (with the posted values after an error).</summary>
public sealed record GidsOpeningstijdenFormulier(string Pad, IReadOnlyList<Openingstijd> Tijden, DienstModel.OnderdeelVelden? Ingevuld, IReadOnlyDictionary<string, string> Fouten);
