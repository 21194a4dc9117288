using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>One location of the directory and its opening hours. A confidential one (a shelter) is shown publicly by its front door only.</summary>
[Authorize(Policy = GidsModule.GidsBewerken)]
public sealed class LocatieModel(GidsBeheer beheer) : GidsBeheerPagina(beheer)
{
    public sealed class LocatieVelden
    {
        public Guid Id { get; set; }
        public string? Naam { get; set; }
        public string? Adres { get; set; }
        public string? Postcode { get; set; }
        public string? Plaats { get; set; }
        public string? GemeenteCode { get; set; }
        public bool Vertrouwelijk { get; set; }
        public string? VoordeurTelefoon { get; set; }
        public string? VoordeurEmail { get; set; }
        public string? InterneNotitie { get; set; }
    }

    [FromRoute] public Guid? Id { get; set; }
    [BindProperty] public LocatieVelden Formulier { get; set; } = new();
    [BindProperty] public DienstModel.OnderdeelVelden Onderdeel { get; set; } = new();

    public string? FoutFormulier { get; private set; }
    public Locatie? Bestaand { get; private set; }
    public IReadOnlyList<Gemeente> AlleGemeenten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (Id is { } id)
        {
            if (await Beheer.LocatieAsync(OrganisatieId, id, ct) is not { } l)
            {
                return NotFound();
            }
            Formulier = Velden(l);
        }
        else
        {
            Formulier.Id = Guid.NewGuid();
        }
        return await LaadAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        var f = Formulier;
        Fouten = await Beheer.LocatieOpslaanAsync(OrganisatieId,
            new(f.Id, f.Naam, f.Adres, f.Postcode, f.Plaats, f.GemeenteCode, f.Vertrouwelijk, f.VoordeurTelefoon, f.VoordeurEmail, f.InterneNotitie), User.AlsActor(), Herkomst.Web, ct);
        if (Fouten.Count == 0)
        {
            Opgeslagen("LocatieOpgeslagen");
            return Redirect($"/keten/gids/{OrganisatieId}/locatie/{f.Id}");
        }
        return await LaadAsync("locatie", ct);
    }

    public async Task<IActionResult> OnPostOpeningstijdAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (Id is not { } id)
        {
            return NotFound();
        }
        var tijdFout = ModelState.Where(m => m.Key.StartsWith("Onderdeel.Opent", StringComparison.Ordinal) || m.Key.StartsWith("Onderdeel.Sluit", StringComparison.Ordinal))
            .Any(m => m.Value?.ValidationState == ModelValidationState.Invalid);
        Fouten = tijdFout
            ? new() { ["opent"] = "Fout_tijden" }
            : await Beheer.OpeningstijdToevoegenAsync(OrganisatieId, null, id, new(Onderdeel.Id, Onderdeel.Dagen, Onderdeel.Opent, Onderdeel.Sluit, Onderdeel.Omschrijving), User.AlsActor(), Herkomst.Web, ct);
        if (Fouten.Count == 0)
        {
            Opgeslagen("OnderdeelToegevoegd");
            return Redirect($"/keten/gids/{OrganisatieId}/locatie/{id}");
        }
        if (await Beheer.LocatieAsync(OrganisatieId, id, ct) is { } l)
        {
            Formulier = Velden(l);
        }
        return await LaadAsync("openingstijd", ct);
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(string soort, Guid onderdeelId, CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (soort != "openingstijd" || !await Beheer.OnderdeelVerwijderenAsync(OrganisatieId, soort, onderdeelId, User.AlsActor(), Herkomst.Web, ct))
        {
            return NotFound();
        }
        Opgeslagen("Verwijderd");
        return Redirect($"/keten/gids/{OrganisatieId}/locatie/{Id}");
    }

    private static LocatieVelden Velden(Locatie l) => new()
    {
        Id = l.Id, Naam = l.Naam, Adres = l.Adres, Postcode = l.Postcode, Plaats = l.Plaats, GemeenteCode = l.GemeenteCode,
        Vertrouwelijk = l.Vertrouwelijk, VoordeurTelefoon = l.VoordeurTelefoon, VoordeurEmail = l.VoordeurEmail, InterneNotitie = l.InterneNotitie,
    };

    private async Task<IActionResult> LaadAsync(string? foutFormulier, CancellationToken ct)
    {
        FoutFormulier = foutFormulier;
        if (Id is { } id)
        {
            Bestaand = await Beheer.LocatieAsync(OrganisatieId, id, ct);
        }
        AlleGemeenten = await Beheer.GemeentenAsync(ct);
        return Page();
    }
}
