namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Marker for the texts of the report form on a phone, its limit page and the follow-up wording for questions
/// (FormulierTeksten.resx, .en, .pl, .bg, .ro; easy Dutch as <c>Key_B1</c> in the neutral file).
/// </summary>
public sealed class FormulierTeksten;
