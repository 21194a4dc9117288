using Microsoft.Extensions.Localization;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// A public feature's texts with the easy-Dutch variant (<c>Key_B1</c>) where one exists, like
/// <see cref="PubliekeTekst"/> but for any resource set, so new public texts can live in files of their own.
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
