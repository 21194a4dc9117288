using Microsoft.Extensions.Localization;

namespace Schakel.Web.Features.Taal;

/// <summary>
/// A public page's texts with the easy-Dutch variant (<c>Key_B1</c>) where one exists, for any resource set: the one
/// mechanism behind easy Dutch on every public page (reporting point, start page, statements, guide, monitor...).
/// </summary>
public sealed class EenvoudigeTekst<TFeature>(ITeksten<TFeature> teksten, IHttpContextAccessor http)
{
    public LocalizedString this[string sleutel] => Kies(sleutel, s => teksten[s]);

    public LocalizedString this[string sleutel, params object[] argumenten] => Kies(sleutel, s => teksten[s, argumenten]);

    private LocalizedString Kies(string sleutel, Func<string, LocalizedString> lees)
    {
        if (EenvoudigeTaal.IsAan(http.HttpContext))
        {
            var b1 = lees(sleutel + EenvoudigeTaal.Achtervoegsel);
            if (!b1.ResourceNotFound)
            {
                return new LocalizedString(sleutel, b1.Value);
            }
        }
        return lees(sleutel);
    }
}
