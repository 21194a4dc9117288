namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>Texts of the staff pages (nl, en): offers, sessions, participants and coverage.</summary>
public sealed class BewustwordingBeheerTeksten;
