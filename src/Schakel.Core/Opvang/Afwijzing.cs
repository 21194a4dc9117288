using Schakel.Core.Teksten;

namespace Schakel.Core.Opvang;

/// <summary>
/// One failing criterion with a plain Dutch explanation, e.g. "accepteert geen mannen"; <see cref="Bericht"/> carries
/// the same as a code, for the staff pages in the reader's language.
/// </summary>
public sealed record Afwijzing(Criterium Criterium, string Uitleg, Bericht? Bericht = null);
