namespace Schakel.Web.Tests.Features.Taal;

/// <summary>A feature's marker class, with its own VoorbeeldTeksten.resx next to it.</summary>
public sealed class VoorbeeldTeksten;
