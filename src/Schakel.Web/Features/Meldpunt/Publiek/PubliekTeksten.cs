using Microsoft.Extensions.Localization;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>Marker for the public pages' resource files (PubliekTeksten.resx, .en, .pl, .bg, .ro).</summary>
public sealed class PubliekTeksten;

/// <summary>
/// The public pages' texts. With "Eenvoudige taal" switched on and Dutch chosen, a key's B1 variant
/// (<c>Key_B1</c>) is used where one exists; B1 is a reading level of Dutch, not a culture, so lang stays "nl".
/// </summary>
public sealed class PubliekeTekst(ITeksten<PubliekTeksten> teksten, IHttpContextAccessor http)
{
    public LocalizedString this[string sleutel]
    {
        get
        {
            if (EenvoudigeTaal.IsAan(http.HttpContext))
            {
                var b1 = teksten[sleutel + EenvoudigeTaal.Achtervoegsel];
                if (!b1.ResourceNotFound)
                {
                    return new LocalizedString(sleutel, b1.Value);
                }
            }
            return teksten[sleutel];
        }
    }

    /// <summary>The engine's Dutch message in Dutch; elsewhere the field's own translated message.</summary>
    public string Fout(string veld, string nederlands)
    {
        if (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl")
        {
            return nederlands;
        }
        var eigen = teksten["Fout_" + veld];
        return eigen.ResourceNotFound ? teksten["Fout_algemeen"].Value : eigen.Value;
    }
}
