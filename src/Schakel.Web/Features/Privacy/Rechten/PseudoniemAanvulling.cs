using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>
/// One-time fill at start: reports and triages stored before the search keys existed (or written by a path that does not set
/// them) get their pseudonym rows. Each row is decrypted once here, in batches, and marked; after that nothing is decrypted
/// to search. A report whose fields were already emptied (retention, withdrawal) has nothing to add.
/// </summary>
internal sealed class PseudoniemAanvulling(SchakelDbContext db, Veldversleuteling versleuteling, Persoonspseudoniemen pseudoniemen) : IZaaier
{
    private const int Partij = 200;

    public bool AlleenDemo => false;
    public int Volgorde => 1000;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        while (true)
        {
            var meldingen = await db.Set<Melding>().Where(m => !m.Gepseudonimiseerd).OrderBy(m => m.Id).Take(Partij).ToListAsync(ct);
            if (meldingen.Count == 0)
            {
                break;
            }
            foreach (var m in meldingen)
            {
                var json = versleuteling.OntsleutelOfNull(m.ContactVersleuteld, Melding.VeldContext("Contact", m.Id));
                pseudoniemen.VoegMelderToe(db, m.Id, Persoonspseudoniemen.Contact(json));
                m.Gepseudonimiseerd = true;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        while (true)
        {
            var triages = await db.Set<MeldingTriage>().Where(t => !t.Gepseudonimiseerd).OrderBy(t => t.Id).Take(Partij).ToListAsync(ct);
            if (triages.Count == 0)
            {
                break;
            }
            foreach (var t in triages)
            {
                if (versleuteling.OntsleutelOfNull(t.AanknopingspuntenVersleuteld, MeldingTriage.VeldContext("Aanknopingspunten", t.Id)) is { } json)
                {
                    pseudoniemen.VoegAanknopingspuntenToe(db, t.MeldingId, t.Id, JsonSerializer.Deserialize<List<AanknopingspuntInvoer>>(json) ?? []);
                }
                t.Gepseudonimiseerd = true;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
