using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Schakel.Web.Shell;

/// <summary>
/// Every time in the UI is Dutch time (Europe/Amsterdam), whatever the server's zone, in one format: the
/// reader's language for the month, 24-hour clock ("5 dec. 2026 21:30"). Stored times are UTC.
/// </summary>
public static class NederlandseTijd
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public const string TijdstipFormaat = "d MMM yyyy HH:mm";
    public const string DatumFormaat = "d MMM yyyy";

    public static DateTimeOffset Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    public static string Tijdstip(DateTimeOffset moment) => Lokaal(moment).ToString(TijdstipFormaat, CultureInfo.CurrentCulture);

    public static string Datum(DateTimeOffset moment) => Lokaal(moment).ToString(DatumFormaat, CultureInfo.CurrentCulture);

    /// <summary>The machine-readable value for <c>&lt;time datetime&gt;</c>: Dutch local time with its offset.</summary>
    public static string Iso(DateTimeOffset moment) => Lokaal(moment).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>
/// <c>&lt;schakel-tijd waarde="@x" /&gt;</c> writes <c>&lt;time datetime="…+01:00"&gt;5 dec. 2026 21:30&lt;/time&gt;</c>;
/// <c>alleen-datum="true"</c> leaves out the clock. Nothing at all for a null value.
/// </summary>
[HtmlTargetElement("schakel-tijd", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TijdTagHelper : TagHelper
{
    public DateTimeOffset? Waarde { get; set; }

    public bool AlleenDatum { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Waarde is not { } moment)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        // Digits, dashes, colons and the offset's sign only: written as is, so "+01:00" is not escaped to "&#x2B;01:00".
        output.Attributes.SetAttribute("datetime", new HtmlString(AlleenDatum
            ? NederlandseTijd.Lokaal(moment).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : NederlandseTijd.Iso(moment)));
        output.Content.SetContent(AlleenDatum ? NederlandseTijd.Datum(moment) : NederlandseTijd.Tijdstip(moment));
    }
}
