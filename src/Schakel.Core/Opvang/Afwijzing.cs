namespace Schakel.Core.Opvang;

/// <summary>One failing criterion with a plain Dutch explanation, e.g. "accepteert geen mannen".</summary>
public sealed record Afwijzing(Criterium Criterium, string Uitleg);
