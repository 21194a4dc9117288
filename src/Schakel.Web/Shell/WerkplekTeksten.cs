namespace Schakel.Web.Shell;

/// <summary>Marker for the texts of the staff shell: header, menu, sign-out, counts (nl, en).</summary>
public sealed class WerkplekTeksten;
