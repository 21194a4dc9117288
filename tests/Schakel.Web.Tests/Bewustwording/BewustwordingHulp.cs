using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

internal static class BewustwordingHulp
{
    /// <summary>A fresh session of a demo offer, so a test counts only its own sign-ups.</summary>
    public static async Task<Guid> NieuweSessieAsync(this SchakelFactory factory, int capaciteit, Guid? aanbodId = null, DateTimeOffset? begin = null,
        string[]? gemeenten = null, Core.Bewustwording.Spoor? spoor = null)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var start = begin ?? DateTimeOffset.UtcNow.AddDays(30);
        var sessie = new Sessie
        {
            Id = Guid.NewGuid(), AanbodId = aanbodId ?? DemoAanbod.CoMenshaTraining, Begin = start, Einde = start.AddHours(2), Plaats = "Testzaal",
            Capaciteit = capaciteit, AanmeldenTot = start.AddDays(-1), Gemeenten = [.. gemeenten ?? []], Spoor = spoor,
        };
        db.Add(sessie);
        await db.SaveChangesAsync();
        return sessie.Id;
    }

    public static async Task<List<Inschrijving>> InschrijvingenAsync(this SchakelFactory factory, Guid sessieId)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Inschrijving>().AsNoTracking()
            .Where(i => i.SessieId == sessieId).OrderBy(i => i.Volgnummer).ToListAsync();
    }

    /// <summary>The public form as a browser without JavaScript sends it: GET for the tokens, then POST.</summary>
    public static async Task<(HttpClient Client, Dictionary<string, string> Velden)> FormulierAsync(this SchakelFactory factory, Guid sessieId, string naam, string email)
    {
        var client = factory.NieuweClient();
        var html = await client.GetStringAsync($"/bewustwording/sessies/{sessieId}/aanmelden");
        var sleutel = System.Text.RegularExpressions.Regex.Match(html, "name=\"sleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        return (client, new()
        {
            ["__RequestVerificationToken"] = Aanmelden.Token(html), ["sleutel"] = sleutel, ["naam"] = naam, ["email"] = email,
        });
    }
}
