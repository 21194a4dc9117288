using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Checks what the binder made of a typed body (and of date and enum parameters) before the handler runs, on
/// every /api/v1 endpoint: no null inside a list whose elements may not be null, no enum value that is not
/// defined, no date outside <see cref="Invoerdatum"/>. Every invalid element is named at once (regels[0]).
/// </summary>
internal static class InvoerFilter
{
    private const int MaxDiepte = 16;
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly ConcurrentDictionary<Type, Eigenschap[]> Eigenschappen = new();

    private sealed record Eigenschap(PropertyInfo Info, string Naam, NullabilityInfo Nullability);

    public static EndpointFilterDelegate Maak(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        // A body is one of Schakel's own types that is not a service (services are walked never).
        var diensten = context.ApplicationServices.GetService<IServiceProviderIsService>();
        bool IsBody(Type t) => IsEigenType(t) && t.IsClass && diensten?.IsService(t) != true;
        var teControleren = context.MethodInfo.GetParameters()
            .Select((p, i) => (p, i))
            .Where(x => IsBody(x.p.ParameterType) || IsEenvoudig(Nullable.GetUnderlyingType(x.p.ParameterType) ?? x.p.ParameterType))
            .ToArray();
        if (teControleren.Length == 0)
        {
            return next;
        }
        return async invocation =>
        {
            var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (p, i) in teControleren)
            {
                if (i < invocation.Arguments.Count && invocation.Arguments[i] is { } waarde)
                {
                    var naam = IsBody(p.ParameterType) ? "" : JsonNamingPolicy.CamelCase.ConvertName(p.Name ?? "");
                    Controleer(waarde, naam, fouten, 0);
                }
            }
            return fouten.Count > 0
                ? InvoerHygiene.Ongeldig(fouten.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal))
                : await next(invocation);
        };
    }

    private static bool IsEenvoudig(Type t) => t.IsEnum || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);

    private static void Controleer(object waarde, string pad, Dictionary<string, List<string>> fouten, int diepte)
    {
        switch (waarde)
        {
            case Enum e when !e.GetType().IsDefined(typeof(FlagsAttribute), false) && !Enum.IsDefined(e.GetType(), e):
                Voeg(fouten, pad, "Dit is geen van de toegestane waarden.");
                return;
            case DateOnly d when !Invoerdatum.IsToegestaan(d):
            case DateTime dt when !Invoerdatum.IsToegestaan(dt):
            case DateTimeOffset dto when !Invoerdatum.IsToegestaan(dto):
                Voeg(fouten, pad, Invoerdatum.Melding);
                return;
        }
        var type = waarde.GetType();
        if (diepte >= MaxDiepte || !IsEigenType(type))
        {
            return;
        }
        foreach (var eigenschap in Eigenschappen.GetOrAdd(type, Lees))
        {
            var kind = eigenschap.Info.GetValue(waarde);
            var kindPad = pad.Length == 0 ? eigenschap.Naam : $"{pad}.{eigenschap.Naam}";
            if (kind is null or string)
            {
                continue;
            }
            if (kind is IEnumerable lijst and not IDictionary)
            {
                var elementMagNull = ElementNullability(eigenschap.Nullability) is not { ReadState: NullabilityState.NotNull };
                var index = 0;
                foreach (var element in lijst)
                {
                    var elementPad = $"{kindPad}[{index++}]";
                    if (element is null)
                    {
                        if (!elementMagNull)
                        {
                            Voeg(fouten, elementPad, "Een lijst mag geen lege elementen (null) bevatten.");
                        }
                        continue;
                    }
                    Controleer(element, elementPad, fouten, diepte + 1);
                }
                continue;
            }
            Controleer(kind, kindPad, fouten, diepte + 1);
        }
    }

    /// <summary>Only Schakel's own records are walked: a framework type may be large, lazy or cyclic.</summary>
    private static bool IsEigenType(Type type) =>
        type.Namespace?.StartsWith("Schakel.", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private static NullabilityInfo? ElementNullability(NullabilityInfo info) =>
        info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);

    private static Eigenschap[] Lees(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        .Select(p => new Eigenschap(p,
            p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            Nullability.Create(p)))
        .ToArray();

    private static void Voeg(Dictionary<string, List<string>> fouten, string veld, string melding)
    {
        var sleutel = veld.Length == 0 ? "body" : veld;
        if (!fouten.TryGetValue(sleutel, out var lijst))
        {
            fouten[sleutel] = lijst = [];
        }
        lijst.Add(melding);
    }
}
