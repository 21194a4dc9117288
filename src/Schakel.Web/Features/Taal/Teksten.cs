using Microsoft.Extensions.Localization;
using Schakel.Web.Resources;

namespace Schakel.Web.Features.Taal;

/// <summary>
/// The texts of a feature: its own resource files (<c>TFeature.resx</c>, <c>TFeature.en.resx</c>... next to the
/// marker class <typeparamref name="TFeature"/>) first, then the shared texts of the shell.
/// Inject <c>ITeksten&lt;MijnFeatureTeksten&gt;</c>; nothing needs registering.
/// </summary>
public interface ITeksten<TFeature> : IStringLocalizer;

internal sealed class Teksten<TFeature>(IStringLocalizer<TFeature> eigen, IStringLocalizer<SharedResource> gedeeld)
    : ITeksten<TFeature>
{
    public LocalizedString this[string name] => Kies(eigen[name], () => gedeeld[name]);

    public LocalizedString this[string name, params object[] arguments] =>
        Kies(eigen[name, arguments], () => gedeeld[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var eigenTeksten = eigen.GetAllStrings(includeParentCultures).ToList();
        var namen = eigenTeksten.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return eigenTeksten.Concat(gedeeld.GetAllStrings(includeParentCultures).Where(t => !namen.Contains(t.Name)));
    }

    private static LocalizedString Kies(LocalizedString eerste, Func<LocalizedString> anders) =>
        eerste.ResourceNotFound ? anders() : eerste;
}
