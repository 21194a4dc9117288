using Microsoft.AspNetCore.Mvc.ModelBinding;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Page forms take a date only inside <see cref="Invoerdatum"/>'s range, as the API does (InvoerFilter). The date is
/// read by MVC's own binder for its type (so formats and cultures stay as they were); a date it reads but that
/// falls outside the range (0001-01-01, 9999-12-31) is refused next to the field: arithmetic on it (a day earlier,
/// a time zone) would run off the calendar, and nobody means it.
/// </summary>
public sealed class DatumBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (type != typeof(DateOnly) && type != typeof(DateTime) && type != typeof(DateTimeOffset))
        {
            return null;
        }
        // The binder MVC would have chosen: the first of the other providers that takes this type.
        var eigen = providers.Where(p => p is not DatumBinderProvider).Select(p => p.GetBinder(context)).FirstOrDefault(b => b is not null);
        return eigen is null ? null : new DatumBinder(eigen);
    }
}

public sealed class DatumBinder(IModelBinder eigen) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await eigen.BindModelAsync(bindingContext);
        var toegestaan = bindingContext.Result.Model switch
        {
            DateOnly d => Invoerdatum.IsToegestaan(d),
            DateTime d => Invoerdatum.IsToegestaan(d),
            DateTimeOffset d => Invoerdatum.IsToegestaan(d),
            _ => true,
        };
        if (!bindingContext.Result.IsModelSet)
        {
            // A value that is no date at all (2026-02-30) must be refused too, not saved as "no date".
            if (bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var staat) && staat.Errors.Count > 0)
            {
                Invoerweigering.Registreer(bindingContext, Invoerfout.Datum);
            }
            return;
        }
        if (toegestaan)
        {
            return;
        }
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Invoerdatum.Melding);
        bindingContext.Result = ModelBindingResult.Failed();
        Invoerweigering.Registreer(bindingContext, Invoerfout.Datum);
    }
}
