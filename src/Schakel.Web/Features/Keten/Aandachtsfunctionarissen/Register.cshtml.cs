using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Keten;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>The register of focal officers: the chain director keeps every municipality's, a focal officer their own municipality's.</summary>
[Authorize(Policy = AandachtsfunctionarissenModule.RegisterBijhouden)]
public sealed class RegisterModel(AandachtsfunctionarisBeheer beheer, IAandachtsfunctionarissen register, AuditTrail audit) : PageModel
{
    public sealed class Velden
    {
        public Guid Id { get; set; }
        public string? GemeenteCode { get; set; }
        public string? Naam { get; set; }
        public string? Functietitel { get; set; }
        public string? Email { get; set; }
        public string? Telefoon { get; set; }
        public Aandachtsfunctionarisafdeling Afdeling { get; set; } = Aandachtsfunctionarisafdeling.OOV;
        public Aandachtsfunctionariszijde Zijde { get; set; } = Aandachtsfunctionariszijde.Dader;
        public Guid? PlaatsvervangerId { get; set; }
        public DateOnly? AangesteldOp { get; set; }
        public bool Actief { get; set; } = true;
        public DateOnly? BeeindigdOp { get; set; }
    }

    [FromRoute] public Guid? Id { get; set; }
    [BindProperty] public Velden Formulier { get; set; } = new();

    public IReadOnlyList<AandachtsfunctionarisGegevens> Officieren { get; private set; } = [];
    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public bool Bestaand { get; private set; }
    public Dictionary<string, string> Fouten { get; private set; } = [];

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bereik = await beheer.BereikAsync(User, ct);
        if (!bereik.Alle && bereik.Gemeente is null)
        {
            return Forbid();
        }
        if (Id is { } id)
        {
            // Another municipality's officer is not shown to a focal officer: the row is "not found" for them.
            if (await register.VindAsync(id, ct) is not { } a || !bereik.Omvat(a.GemeenteCode))
            {
                return NotFound();
            }
            Formulier = new()
            {
                Id = a.Id, GemeenteCode = a.GemeenteCode, Naam = a.Naam, Functietitel = a.Functietitel, Email = a.Email, Telefoon = a.Telefoon,
                Afdeling = a.Afdeling, Zijde = a.Zijde, PlaatsvervangerId = a.PlaatsvervangerId, AangesteldOp = a.AangesteldOp, Actief = a.Actief, BeeindigdOp = a.BeeindigdOp,
            };
            Bestaand = true;
        }
        else
        {
            Formulier.Id = Guid.NewGuid();
            Formulier.GemeenteCode = bereik.Gemeente;
        }
        await LaadAsync(bereik, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var bereik = await beheer.BereikAsync(User, ct);
        if (!bereik.Alle && bereik.Gemeente is null)
        {
            return Forbid();
        }
        if (Id is { } id && (await register.VindAsync(id, ct) is not { } a || !bereik.Omvat(a.GemeenteCode)))
        {
            return NotFound();
        }
        var f = Formulier;
        // A value the binder could not read (a list, a word for a date) is an error, never its default.
        Fouten = new[] { ("Afdeling", "afdeling"), ("Zijde", "zijde"), ("AangesteldOp", "aangesteldOp"), ("BeeindigdOp", "beeindigdOp"), ("PlaatsvervangerId", "plaatsvervangerId") }
            .Where(v => ModelState[$"Formulier.{v.Item1}"]?.ValidationState == ModelValidationState.Invalid)
            .ToDictionary(v => v.Item2, v => "Fout_" + v.Item2);
        if (Fouten.Count == 0)
        {
            Fouten = await beheer.OpslaanAsync(new(f.Id, f.GemeenteCode, f.Naam, f.Functietitel, f.Email, f.Telefoon, f.Afdeling, f.Zijde, f.PlaatsvervangerId,
                f.AangesteldOp, f.Actief, f.BeeindigdOp), bereik, User.AlsActor(), Herkomst.Web, ct);
        }
        if (Fouten.Count == 0)
        {
            TempData["RegisterMelding"] = "Opgeslagen";
            return Redirect($"/keten/aandachtsfunctionarissen/{f.Id}");
        }
        Bestaand = Id is not null;
        await LaadAsync(bereik, ct);
        return Page();
    }

    private async Task LaadAsync(RegisterBereik bereik, CancellationToken ct)
    {
        Gemeenten = await beheer.GemeentenAsync(bereik, ct);
        Officieren = bereik.Alle ? await register.AlleAsync(false, ct) : await register.VoorGemeenteAsync(bereik.Gemeente!, ct);
        await AandachtsfunctionarisInzage.SchrijfAsync(audit, User, AandachtsfunctionarisInzage.Register, Officieren.Count, Herkomst.Web, ct);
    }
}
