namespace Schakel.Core.Opvang;

/// <summary>One invalid field; <see cref="Veld"/> is the camelCase API field name.</summary>
public sealed record Validatiefout(string Veld, string Melding);
