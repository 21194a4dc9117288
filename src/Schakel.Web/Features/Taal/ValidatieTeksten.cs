using Microsoft.Extensions.Localization;
using Schakel.Web.Resources;

namespace Schakel.Web.Features.Taal;

/// <summary>
/// Validation attributes carry a text key (<c>Required(ErrorMessage = "EmailVerplicht")</c>); the message comes
/// from the texts of the model's own feature: the nearest namespace <c>X</c> that has a marker class <c>XTeksten</c>
/// (Features.Beheer.Accounts → BeheerTeksten), else the shell's shared texts.
/// </summary>
public static class ValidatieTeksten
{
    public static IStringLocalizer Voor(Type model, IStringLocalizerFactory fabriek)
    {
        var ns = model.Namespace ?? "";
        while (ns.Length > 0)
        {
            var deel = ns[(ns.LastIndexOf('.') + 1)..];
            if (model.Assembly.GetType($"{ns}.{deel}Teksten") is { } marker)
            {
                return fabriek.Create(marker);
            }
            ns = ns.Contains('.') ? ns[..ns.LastIndexOf('.')] : "";
        }
        return fabriek.Create(typeof(SharedResource));
    }
}
