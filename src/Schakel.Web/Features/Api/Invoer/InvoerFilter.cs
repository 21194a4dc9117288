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
/// defined, no date outside <see cref="Invoerdatum"/>, no enum given as a list of names ("vrouw, man": the
/// converter reads it as the sum of the members, which may happen to be a member). Every invalid element is named
/// at once (regels[0]).
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
                    if (waarde is Enum && IsCombinatie(invocation.HttpContext, p))
                    {
                        // The binder's Enum.TryParse reads "vrouw,man" as one value (their OR); one name per value.
                        Voeg(fouten, naam, "Geef één naam, geen lijst van namen.");
                        continue;
                    }
                    Controleer(waarde, IsBody(p.ParameterType) ? Json(invocation.HttpContext) : null, naam, fouten, 0);
                }
            }
            return fouten.Count > 0
                ? InvoerHygiene.Ongeldig(fouten.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal))
                : await next(invocation);
        };
    }

    /// <summary>A route or query value for a non-[Flags] enum that lists several names.</summary>
    private static bool IsCombinatie(HttpContext context, ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (type.IsDefined(typeof(FlagsAttribute), false))
        {
            return false;
        }
        var naam = p.GetCustomAttributes().OfType<Microsoft.AspNetCore.Http.Metadata.IFromQueryMetadata>().FirstOrDefault()?.Name
            ?? p.GetCustomAttributes().OfType<Microsoft.AspNetCore.Http.Metadata.IFromRouteMetadata>().FirstOrDefault()?.Name
            ?? p.Name ?? "";
        var ruw = context.Request.Query.TryGetValue(naam, out var query) ? query.ToString() : context.GetRouteValue(naam)?.ToString();
        return ruw is not null && IsCombinatie(ruw);
    }

    /// <summary>Enum.TryParse (and so the JSON converter and the binder) reads "a, b" as the OR of two members.</summary>
    private static bool IsCombinatie(string tekst) => tekst.Contains(',', StringComparison.Ordinal);

    private static JsonElement? Json(HttpContext context)
    {
        if (!context.Items.TryGetValue(InvoerHygiene.JsonTekst, out var t) || t is not byte[] tekst)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(tekst);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The member of a JSON object the binder read for a property (case-insensitive, as the web defaults).</summary>
    private static JsonElement? Lid(JsonElement? json, string naam)
    {
        if (json is not { ValueKind: JsonValueKind.Object } object_)
        {
            return null;
        }
        if (object_.TryGetProperty(naam, out var precies))
        {
            return precies;
        }
        foreach (var lid in object_.EnumerateObject())
        {
            if (lid.Name.Equals(naam, StringComparison.OrdinalIgnoreCase))
            {
                return lid.Value;
            }
        }
        return null;
    }

    private static bool IsEenvoudig(Type t) => t.IsEnum || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);

    private static void Controleer(object waarde, JsonElement? json, string pad, Dictionary<string, List<string>> fouten, int diepte)
    {
        switch (waarde)
        {
            case Enum e when !e.GetType().IsDefined(typeof(FlagsAttribute), false)
                && json is { ValueKind: JsonValueKind.String } tekst && IsCombinatie(tekst.GetString() ?? ""):
                Voeg(fouten, pad, "Geef één naam, geen lijst van namen.");
                return;
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
            var kindJson = Lid(json, eigenschap.Naam);
            if (kind is null or string)
            {
                continue;
            }
            if (kind is IEnumerable lijst and not IDictionary)
            {
                var elementMagNull = ElementNullability(eigenschap.Nullability) is not { ReadState: NullabilityState.NotNull };
                var index = 0;
                var elementenJson = kindJson is { ValueKind: JsonValueKind.Array } rij ? rij.EnumerateArray().ToList() : null;
                foreach (var element in lijst)
                {
                    var elementJson = elementenJson is not null && index < elementenJson.Count ? elementenJson[index] : (JsonElement?)null;
                    var elementPad = $"{kindPad}[{index++}]";
                    if (element is null)
                    {
                        if (!elementMagNull)
                        {
                            Voeg(fouten, elementPad, "Een lijst mag geen lege elementen (null) bevatten.");
                        }
                        continue;
                    }
                    Controleer(element, elementJson, elementPad, fouten, diepte + 1);
                }
                continue;
            }
            Controleer(kind, kindJson, kindPad, fouten, diepte + 1);
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
