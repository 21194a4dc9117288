using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Page forms take an enum only by the name of one member, as the API does (InvoerFilter). MVC's own binder reads
/// "vrouw, man" as the OR of two members and "-1" or "7" as a number, and keeps whatever that adds up to when it
/// happens to be a member. A refused value leaves the property as it was and puts <see cref="Melding"/> (a shared
/// text, in every language) next to the field. [Flags] enums keep MVC's binder: a list of names is their meaning.
/// A refused value is also recorded (<see cref="Invoerweigering"/>): a page that does not show it next to the field
/// gets the 400 page, so its handler never stores the default in its place (<see cref="PaginaInvoerFilter"/>).
/// </summary>
public sealed class EnumNaamBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        return type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), false) ? new EnumNaamBinder() : null;
    }
}

public sealed class EnumNaamBinder : IModelBinder
{
    /// <summary>The key of the message in the shared texts (Resources/SharedResource*.resx).</summary>
    public const string Melding = "KeuzeOngeldig";

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var naam = bindingContext.ModelName;
        var waarde = bindingContext.ValueProvider.GetValue(naam);
        if (waarde == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(naam, waarde);
        var tekst = waarde.FirstValue?.Trim();
        var metadata = bindingContext.ModelMetadata;
        if (string.IsNullOrEmpty(tekst))
        {
            if (metadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                // Nothing chosen is no hostile input: the page's own check for a missing choice answers it.
                bindingContext.ModelState.TryAddModelError(naam, Melding);
            }
            return Task.CompletedTask;
        }
        var type = metadata.UnderlyingOrModelType;
        var lid = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, tekst, StringComparison.OrdinalIgnoreCase));
        if (lid is null || waarde.Length > 1)
        {
            bindingContext.ModelState.TryAddModelError(naam, Melding);
            bindingContext.Result = ModelBindingResult.Failed();
            Invoerweigering.Registreer(bindingContext, Invoerfout.Keuze);
            return Task.CompletedTask;
        }
        bindingContext.Result = ModelBindingResult.Success(Enum.Parse(type, lid));
        return Task.CompletedTask;
    }
}
