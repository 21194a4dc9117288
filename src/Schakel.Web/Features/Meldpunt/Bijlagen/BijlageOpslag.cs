using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Bijlagen;

/// <summary>Checks, cleans and encrypts uploads into <see cref="Bijlage"/> rows; errors keyed "bijlagen".</summary>
public sealed class BijlageOpslag(Veldversleuteling versleuteling)
{
    public const string Veld = "bijlagen";

    public (List<Bijlage> Bijlagen, List<string> Fouten) Verwerk(IReadOnlyList<BijlageInvoer> invoer, Guid meldingId, BerichtAfzender van)
    {
        var bijlagen = new List<Bijlage>();
        var fouten = new List<string>();
        if (invoer.Count > MeldingLimieten.Bijlagen)
        {
            fouten.Add($"Voeg hoogstens {MeldingLimieten.Bijlagen} bijlagen toe.");
            return (bijlagen, fouten);
        }
        for (var i = 0; i < invoer.Count; i++)
        {
            var (schoon, fout) = BijlageOpschoner.Verwerk(invoer[i].Inhoud);
            if (schoon is null)
            {
                fouten.Add($"Bijlage {i + 1}: {fout}");
                continue;
            }
            var id = Guid.NewGuid();
            var naam = string.IsNullOrWhiteSpace(invoer[i].Bestandsnaam) ? $"bijlage-{i + 1}" : invoer[i].Bestandsnaam.Trim();
            if (naam.Length > 200)
            {
                naam = naam[..200];
            }
            bijlagen.Add(new Bijlage
            {
                Id = id,
                MeldingId = meldingId,
                Van = van,
                Type = schoon.Type.ToString().ToLowerInvariant(),
                BestandsnaamVersleuteld = versleuteling.Versleutel(naam, Bijlage.NaamContext(id)),
                Grootte = schoon.Inhoud.Length,
                InhoudVersleuteld = versleuteling.VersleutelBytes(schoon.Inhoud, Bijlage.InhoudContext(id)),
            });
        }
        return (bijlagen, fouten);
    }

    public (string Naam, string ContentType, byte[] Inhoud) Lees(Bijlage b) => (
        versleuteling.Ontsleutel(b.BestandsnaamVersleuteld, Bijlage.NaamContext(b.Id)),
        b.Type switch { "jpeg" => "image/jpeg", "png" => "image/png", _ => "application/pdf" },
        versleuteling.OntsleutelBytes(b.InhoudVersleuteld, Bijlage.InhoudContext(b.Id)));

    /// <summary>Names and sizes of a report's attachments, without loading their contents.</summary>
    public async Task<IReadOnlyList<(long? BerichtId, BijlageInfo Info)>> OverzichtAsync(SchakelDbContext db, Guid meldingId, CancellationToken ct)
    {
        var rijen = await db.Set<Bijlage>().AsNoTracking().Where(b => b.MeldingId == meldingId)
            .Select(b => new { b.Id, b.BerichtId, b.Type, b.Grootte, b.BestandsnaamVersleuteld }).ToListAsync(ct);
        return [.. rijen.Select(b => (b.BerichtId, new BijlageInfo(b.Id, versleuteling.Ontsleutel(b.BestandsnaamVersleuteld, Bijlage.NaamContext(b.Id)), b.Type, b.Grootte)))];
    }

    public string Naam(Bijlage b) => versleuteling.Ontsleutel(b.BestandsnaamVersleuteld, Bijlage.NaamContext(b.Id));
}
