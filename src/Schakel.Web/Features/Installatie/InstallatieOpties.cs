namespace Schakel.Web.Features.Installatie;

/// <summary>
/// What differs per installation (section <c>Installatie</c>): the organisation that runs it, its NL Design
/// System theme, and the contacts the public statements name. Defaults describe the demo installation; the
/// README lists them. Nothing here is personal data of reporters.
/// </summary>
public sealed class InstallatieOpties
{
    public const string Sectie = "Installatie";

    /// <summary>The organisation that runs this installation; it is the controller in the privacy statement.</summary>
    public string Naam { get; set; } = "Schakel (voorbeeldinstallatie)";

    /// <summary>The design token file (CSS custom properties), as a path under wwwroot ("~/...") or an absolute URL.</summary>
    public string Thema { get; set; } = "~/lib/schakel-neutraal-thema/theme.css";

    /// <summary>The class on &lt;html&gt; the token file's rules are scoped to.</summary>
    public string ThemaKlasse { get; set; } = "schakel-neutraal-theme";

    /// <summary>The icon of the site (SVG, PNG or ICO), as a path under wwwroot or an absolute URL.</summary>
    public string Favicon { get; set; } = "~/favicon.svg";

    /// <summary>
    /// The icon's media type from its extension, for the link's <c>type</c>: a browser skips an icon whose declared
    /// type it does not support, so a PNG announced as SVG would never show. Null (no type) when unknown.
    /// </summary>
    public string? FaviconType =>
        new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider().TryGetContentType(Favicon.Split('?', '#')[0], out var type)
            && type.StartsWith("image/", StringComparison.Ordinal) ? type : null;

    /// <summary>General contact of the organisation, shown in the colofon.</summary>
    public string Email { get; set; } = "info@schakel.example";

    public string? Website { get; set; }

    /// <summary>The data protection officer (functionaris gegevensbescherming).</summary>
    public FunctionarisOpties Functionaris { get; set; } = new();

    public ToegankelijkheidOpties Toegankelijkheid { get; set; } = new();

    /// <summary>
    /// How long reports are kept, in words, as the organisation decided it; null while no term was set, and
    /// then the privacy statement says so (Schakel does not yet delete reports by itself).
    /// </summary>
    public string? BewaartermijnMeldingen { get; set; }
}

public sealed class FunctionarisOpties
{
    public string Naam { get; set; } = "Functionaris gegevensbescherming";
    public string Email { get; set; } = "fg@schakel.example";
}

/// <summary>The accessibility statement in the model of digitoegankelijk.nl.</summary>
public sealed class ToegankelijkheidOpties
{
    /// <summary>A (voldoet volledig) to E (voldoet niet), as in the government's model.</summary>
    public string Status { get; set; } = "C";

    /// <summary>When the statement was drawn up (ISO date).</summary>
    public DateOnly Datum { get; set; } = new(2026, 12, 5);

    /// <summary>Where to report an accessibility problem.</summary>
    public string Email { get; set; } = "toegankelijkheid@schakel.example";

    /// <summary>Working days within which a report about accessibility is answered.</summary>
    public int Reactietermijn { get; set; } = 5;
}
