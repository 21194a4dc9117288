using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

/// <summary>One row of the decision form: a proposed recipient (kept or dropped) or one staff add.</summary>
public sealed class OntvangerRij
{
    public Guid? OrganisatieId { get; set; }
    public bool Behouden { get; set; }
    public string? Rol { get; set; }
    public string? Deelniveau { get; set; }
    /// <summary>The purpose key (a rule's code); empty when staff type their own purpose in <see cref="DoelTekst"/>.</summary>
    public string? Doel { get; set; }
    public string? DoelTekst { get; set; }
    public string? Grondslag { get; set; }
    public bool ToestemmingSlachtoffer { get; set; }
    public string? RedenVitaalBelang { get; set; }
    public bool MetMeldergegevens { get; set; }
    public bool ToestemmingMelder { get; set; }
}

/// <summary>
/// The route decision: the proposal for the newest triage as a form. Refusals of the sharing policy are shown
/// next to the recipient they concern; nothing is saved unless every recipient is allowed.
/// </summary>
[Authorize(Policy = MeldpuntBeleid.Behandelen)]
public sealed class DoorverwijzenModel(DoorverwijzingVersturen versturen, DeelbeleidOpslag deelbeleid, MeldrouteOpslag meldroute, SchakelDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<OntvangerRij> Rijen { get; set; } = [];

    [BindProperty]
    public string? Reden { get; set; }

    public Routevoorstel? Voorstel { get; private set; }
    public bool Getrieerd { get; private set; }
    /// <summary>The reporter withdrew their contact details: the form no longer offers sending with them.</summary>
    public bool ContactIngetrokken { get; private set; }
    /// <summary>Processing restricted (art. 18 AVG): the form offers only disclosure level none, without reporter details.</summary>
    public bool Beperkt { get; private set; }
    public IReadOnlyList<string> Beperkingen { get; private set; } = [];
    public IReadOnlyList<GrondslagRij> Grondslagen { get; private set; } = [];
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];
    /// <summary>The purposes on offer: the stored route's rules, by code.</summary>
    public IReadOnlyList<MeldrouteRegelVersie> Doelen { get; private set; } = [];
    public Dictionary<int, List<string>> RijFouten { get; } = [];
    public List<string> AlgemeneFouten { get; } = [];

    public int AantalVoorgesteld => Voorstel?.Doorverwijzingen.Count ?? 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        Rijen = [.. (Voorstel?.Doorverwijzingen ?? []).Select(v => new OntvangerRij
        {
            OrganisatieId = v.OrganisatieId,
            Behouden = true,
            Rol = Woord(v.Rol),
            Deelniveau = Beperkt ? Woord(Schakel.Core.Doorverwijzing.Deelniveau.Geen) : Woord(v.Deelniveau),
            // The proposing rule's code: stored as the purpose key and shown by its name in the page's language.
            Doel = v.Regel.RegelCode,
            // The basis the policy proposes for this receiver's type (the police's, not the labour inspectorate's).
            Grondslag = v.Grondslag?.Code,
        }), new OntvangerRij()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var gekozen = Rijen.Select((r, i) => (Rij: r, Index: i))
            .Where(x => x.Rij.OrganisatieId is { } org && org != Guid.Empty && (x.Rij.Behouden || x.Index >= Voorgesteld))
            .ToList();
        var uitkomst = await versturen.VerstuurAsync(Id, User, new RoutebesluitInvoer
        {
            Reden = Reden,
            Ontvangers = [.. gekozen.Select(x => new OntvangerInvoer
            {
                OrganisatieId = x.Rij.OrganisatieId!.Value, Rol = x.Rij.Rol, Deelniveau = x.Rij.Deelniveau,
                Doel = string.IsNullOrWhiteSpace(x.Rij.Doel) ? x.Rij.DoelTekst : x.Rij.Doel,
                Grondslag = x.Rij.Grondslag, ToestemmingSlachtoffer = x.Rij.ToestemmingSlachtoffer, RedenVitaalBelang = x.Rij.RedenVitaalBelang,
                MetMeldergegevens = x.Rij.MetMeldergegevens, ToestemmingMelder = x.Rij.ToestemmingMelder,
            })],
        }, Herkomst.Web, ct);
        switch (uitkomst.Resultaat)
        {
            case Handelingsresultaat.NietGevonden:
                return NotFound();
            case Handelingsresultaat.Gelukt:
                TempData["Melding"] = "Doorverwezen";
                return Redirect($"/meldpunt/medewerkers/melding/{Id}");
        }
        foreach (var (veld, fouten) in uitkomst.Fouten)
        {
            // "ontvangers[3].doel" belongs to the form row that became recipient 3.
            if (veld.StartsWith("ontvangers[", StringComparison.Ordinal) && int.TryParse(veld[11..veld.IndexOf(']', StringComparison.Ordinal)], out var n) && n < gekozen.Count)
            {
                var lijst = RijFouten.TryGetValue(gekozen[n].Index, out var l) ? l : RijFouten[gekozen[n].Index] = [];
                lijst.AddRange(fouten);
            }
            else
            {
                AlgemeneFouten.AddRange(fouten);
            }
        }
        ModelState.AddModelError("", "");
        return await LaadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Rows before this index are the proposal's; they count only when kept. Rows after are additions.</summary>
    [BindProperty]
    public int Voorgesteld { get; set; }

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        var stand = await versturen.VoorstelAsync(Id, User, ct);
        if (stand is null)
        {
            return false;
        }
        Getrieerd = stand.Triage is not null;
        (ContactIngetrokken, Beperkt, Beperkingen) = (stand.ContactIngetrokken, stand.Beperkt, stand.Beperkingen);
        Voorstel = stand.Voorstel;
        Grondslagen = [.. (await deelbeleid.GrondslagenAsync(ct)).Where(g => g.Actief)];
        Doelen = await meldroute.HuidigeRijenAsync(ct);
        Organisaties = await db.Set<Organisatie>().AsNoTracking().DieCasussenOntvangen().OrderBy(o => o.Naam).ToListAsync(ct);
        return true;
    }

    public Organisatie? Organisatie(Guid? id) => Organisaties.FirstOrDefault(o => o.Id == id);

    /// <summary>The bases offered for a row: those that fit its receiver, or all of them for a row still without one.</summary>
    public IEnumerable<GrondslagRij> GrondslagenVoor(Organisatie? organisatie) => organisatie is null
        ? Grondslagen
        : Grondslagen.Where(g => g.NaarGrondslag().PastBij(organisatie.Partijcategorie, organisatie.Type));

    public static string Woord<T>(T waarde) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(waarde.ToString());
}
