using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>
/// The professional side is Dutch and English: every feature's texts exist in English, and every validation
/// message key used on a page resolves in that page's feature.
/// </summary>
public sealed class ProfessioneleTekstenTests
{
    private static readonly Assembly App = typeof(ValidatieTeksten).Assembly;

    public static TheoryData<string> Tekstbronnen => new(App.GetManifestResourceNames()
        .Where(n => n.StartsWith("Schakel.Web.Features.", StringComparison.Ordinal) && n.EndsWith("Teksten.resources", StringComparison.Ordinal))
        .Select(n => n[..^".resources".Length]));

    [Theory]
    [MemberData(nameof(Tekstbronnen))]
    public void Elke_featuretekst_bestaat_ook_in_het_Engels(string bron)
    {
        var beheer = new ResourceManager(bron, App);
        var nederlands = Sleutels(beheer, CultureInfo.InvariantCulture);
        var engels = Sleutels(beheer, CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(nederlands);
        // Easy Dutch (B1) variants are Dutch only; English readers get the English text.
        Assert.Empty(nederlands.Where(k => !k.EndsWith("_B1", StringComparison.Ordinal)).Except(engels));
    }

    public static TheoryData<string, string> Validatiesleutels
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var model in App.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)))
            {
                foreach (var a in model.GetProperties().SelectMany(p => p.GetCustomAttributes<ValidationAttribute>()))
                {
                    if (a.ErrorMessage is { } sleutel)
                    {
                        data.Add(model.FullName!, sleutel);
                    }
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Validatiesleutels))]
    public void Elke_validatiemelding_is_een_sleutel_van_de_eigen_feature(string model, string sleutel)
    {
        var fabriek = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var teksten = ValidatieTeksten.Voor(App.GetType(model)!, fabriek);

        foreach (var taal in new[] { "nl", "en" })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(taal);
            Assert.False(teksten[sleutel].ResourceNotFound, $"{sleutel} ontbreekt voor {model} ({taal})");
        }
    }

    private static HashSet<string> Sleutels(ResourceManager beheer, CultureInfo cultuur) =>
        beheer.GetResourceSet(cultuur, createIfNotExists: true, tryParents: false)?
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet()
        ?? [];
}
