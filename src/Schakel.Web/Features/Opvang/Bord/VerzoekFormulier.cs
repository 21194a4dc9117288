using System.Globalization;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>The board's "new placement request" form; turned into the API's input so both validate alike.</summary>
public sealed class VerzoekFormulier
{
    public Geslacht? Geslacht { get; set; }
    public Leeftijdscategorie Leeftijdscategorie { get; set; }
    public bool Minderjarig { get; set; }
    public List<Uitbuitingsvorm> Uitbuitingsvormen { get; set; } = [];
    public bool Multiproblematiek { get; set; }
    public bool Verslaving { get; set; }
    public string? Talen { get; set; }
    public bool Rolstoel { get; set; }
    public bool KinderenMee { get; set; }
    public Beveiligingsniveau Beveiligingsniveau { get; set; }
    public List<string> UitgeslotenGemeenten { get; set; } = [];
    public Urgentie Urgentie { get; set; } = Urgentie.Acuut;
    public JaNeeOnbekend BedenktijdB8 { get; set; } = JaNeeOnbekend.Onbekend;
    /// <summary>Dutch local time from a datetime-local field; empty means now.</summary>
    public string? GevondenOp { get; set; }
    public string? GevondenInGemeenteCode { get; set; }
    public string? InschrijvingsgemeenteCode { get; set; }

    public static readonly string[] Formaten = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>The moment found in UTC; null when the text is not a time.</summary>
    public DateTimeOffset? Moment(DateTimeOffset nu)
    {
        if (string.IsNullOrWhiteSpace(GevondenOp))
        {
            return nu;
        }
        if (!DateTime.TryParseExact(GevondenOp.Trim(), Formaten, CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
        {
            return null;
        }
        return new DateTimeOffset(lokaal, OpvangService.Amsterdam.GetUtcOffset(lokaal));
    }

    public VerzoekInvoer AlsInvoer(DateTimeOffset gevondenOp) => new(
        Geslacht, Leeftijdscategorie, Minderjarig, Uitbuitingsvormen, Multiproblematiek, Verslaving,
        (Talen ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Rolstoel, KinderenMee, BedenktijdB8, Beveiligingsniveau, Urgentie, gevondenOp,
        string.IsNullOrWhiteSpace(GevondenInGemeenteCode) ? null : GevondenInGemeenteCode,
        string.IsNullOrWhiteSpace(InschrijvingsgemeenteCode) ? null : InschrijvingsgemeenteCode,
        UitgeslotenGemeenten, null, null, null, null);
}
