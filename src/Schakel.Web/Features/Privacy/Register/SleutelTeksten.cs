namespace Schakel.Web.Features.Privacy.Register;

/// <summary>Marker for the texts of the key-rotation section on the register page (nl, en).</summary>
public sealed class SleutelTeksten;
