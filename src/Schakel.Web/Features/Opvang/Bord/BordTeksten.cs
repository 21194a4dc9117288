namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>Marker for the texts of the shelter board and the request page (BordTeksten.resx, .en.resx).</summary>
public sealed class BordTeksten;
