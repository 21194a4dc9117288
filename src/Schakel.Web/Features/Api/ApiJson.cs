using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Web.Features.Api;

/// <summary>
/// Responses that leave out empty members (the referral and route resources) are still written with the API's
/// one JSON configuration (<see cref="ApiModule.Configureer"/>), so their dates are UTC with a Z like every
/// other response. Serialising an API response with other options (such as the storage options of the route)
/// is what once let <c>+00:00</c> out.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions ZonderLeeg = Maak();

    public static IResult Resultaat<T>(T waarde) => TypedResults.Json(waarde, ZonderLeeg);

    private static JsonSerializerOptions Maak()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiModule.Configureer(o);
        o.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
