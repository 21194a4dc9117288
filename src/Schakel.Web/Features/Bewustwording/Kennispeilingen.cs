using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>One row of the survey results: an audience, a measurement and a year, with averages unless fewer than five answered.</summary>
public sealed record KennispeilingResultaat(string Doelgroep, Meting Meting, int Jaar, int Aantal, bool Verborgen, IReadOnlyDictionary<string, double> Gemiddelden);

/// <summary>
/// The anonymous knowledge survey (national plan action 2): baseline and follow-up per audience. Nothing identifies who
/// answered; a keyed hash of the one-time form token makes a double post one answer. Results per audience, measurement
/// and year show averages from five answers up, as the evaluations do.
/// </summary>
public sealed class Kennispeilingen(SchakelDbContext db, Sleutelbos sleutels, TimeProvider tijd)
{
    public static readonly string[] Vragen = ["signalen", "melden", "aandachtsfunctionaris", "handelen"];

    public static Dictionary<string, string> Controleer(string? doelgroep, Meting? meting, IReadOnlyDictionary<string, int?> scores)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (doelgroep is null || !Doelgroepen.IsGeldig(doelgroep))
        {
            fouten["doelgroep"] = "KpFoutDoelgroep";
        }
        if (meting is null || !Enum.IsDefined(meting.Value))
        {
            fouten["meting"] = "KpFoutMeting";
        }
        foreach (var v in Vragen)
        {
            if (!Evaluatieresultaat.IsGeldigeScore(scores.GetValueOrDefault(v)))
            {
                fouten[v] = "EvScoreNodig";
            }
        }
        return fouten;
    }

    /// <summary>Stores one answer; a second post of the same form token stores nothing and still succeeds.</summary>
    public async Task OpslaanAsync(string doelgroep, Meting meting, IReadOnlyDictionary<string, int?> scores, string formulierSleutel, CancellationToken ct)
    {
        var hash = Convert.ToBase64String(HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes("bewustwording/kennispeiling/v1\n" + formulierSleutel)));
        if (await db.Set<KennispeilingAntwoord>().AnyAsync(a => a.FormulierSleutelHash == hash, ct))
        {
            return;
        }
        db.Add(new KennispeilingAntwoord
        {
            Id = Guid.NewGuid(), Doelgroep = doelgroep, Meting = meting, Jaar = Shell.NederlandseTijd.Lokaal(tijd.GetUtcNow()).Year,
            Signalen = scores["signalen"]!.Value, Melden = scores["melden"]!.Value, Aandachtsfunctionaris = scores["aandachtsfunctionaris"]!.Value,
            Handelen = scores["handelen"]!.Value, FormulierSleutelHash = hash,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same form at once: the unique index kept one. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.Set<KennispeilingAntwoord>().AsNoTracking().AnyAsync(a => a.FormulierSleutelHash == hash, ct))
            {
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<KennispeilingResultaat>> ResultatenAsync(CancellationToken ct)
    {
        var rijen = await db.Set<KennispeilingAntwoord>().AsNoTracking().ToListAsync(ct);
        return rijen.GroupBy(r => (r.Doelgroep, r.Meting, r.Jaar))
            .Select(g =>
            {
                var verborgen = g.Count() < Evaluatieresultaat.Drempel;
                var gem = verborgen ? new Dictionary<string, double>() : new Dictionary<string, double>
                {
                    ["signalen"] = Math.Round(g.Average(r => r.Signalen), 1),
                    ["melden"] = Math.Round(g.Average(r => r.Melden), 1),
                    ["aandachtsfunctionaris"] = Math.Round(g.Average(r => r.Aandachtsfunctionaris), 1),
                    ["handelen"] = Math.Round(g.Average(r => r.Handelen), 1),
                };
                return new KennispeilingResultaat(g.Key.Doelgroep, g.Key.Meting, g.Key.Jaar, g.Count(), verborgen, gem);
            })
            .OrderByDescending(r => r.Jaar).ThenBy(r => r.Doelgroep, StringComparer.Ordinal).ThenBy(r => r.Meting).ToList();
    }
}
