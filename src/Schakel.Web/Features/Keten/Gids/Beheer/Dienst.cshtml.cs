using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>One service of the directory: its fields, areas and locations, and its phones, opening hours and contacts.</summary>
[Authorize(Policy = GidsModule.GidsBewerken)]
public sealed class DienstModel(GidsBeheer beheer) : GidsBeheerPagina(beheer)
{
    public sealed class DienstVelden
    {
        public Guid Id { get; set; }
        public string? Naam { get; set; }
        public string? Beschrijving { get; set; }
        public Dienstsoort Soort { get; set; } = Dienstsoort.Hulpverlening;
        public Dienstzijde Zijde { get; set; } = Dienstzijde.Slachtoffer;
        public List<Uitbuitingsvorm> Vormen { get; set; } = [];
        public string? Voorwaarden { get; set; }
        public string? Talen { get; set; }
        public string? Kosten { get; set; }
        public string? Email { get; set; }
        public string? Website { get; set; }
        public bool DagEnNacht { get; set; }
        public bool Actief { get; set; } = true;
        public string? InterneNotitie { get; set; }
        public List<string> Gemeenten { get; set; } = [];
        public List<Guid> Locaties { get; set; } = [];
    }

    public sealed class OnderdeelVelden
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public string? Nummer { get; set; }
        public string? Omschrijving { get; set; }
        public string? Naam { get; set; }
        public string? Functie { get; set; }
        public string? Email { get; set; }
        public string? Telefoon { get; set; }
        public List<string> Dagen { get; set; } = [];
        public TimeOnly? Opent { get; set; }
        public TimeOnly? Sluit { get; set; }
    }

    [FromRoute] public Guid? Id { get; set; }
    [BindProperty] public DienstVelden Formulier { get; set; } = new();
    [BindProperty] public OnderdeelVelden Onderdeel { get; set; } = new();

    /// <summary>Which part form the errors belong to: "dienst", "telefoon", "contact" or "openingstijd".</summary>
    public string? FoutFormulier { get; private set; }
    public Dienst? Bestaand { get; private set; }
    public IReadOnlyList<Gemeente> AlleGemeenten { get; private set; } = [];
    public IReadOnlyList<Locatie> AlleLocaties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (Id is { } id)
        {
            if (await Beheer.DienstAsync(OrganisatieId, id, ct) is not { } d)
            {
                return NotFound();
            }
            Formulier = Velden(d);
        }
        else
        {
            Formulier.Id = Guid.NewGuid();
        }
        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        var f = Formulier;
        Fouten = Ongebonden("Formulier", ("Soort", "soort"), ("Zijde", "zijde"), ("Vormen", "vormen"), ("Locaties", "locaties"));
        if (Fouten.Count == 0)
        {
            Fouten = await Beheer.DienstOpslaanAsync(OrganisatieId, new(f.Id, f.Naam, f.Beschrijving, f.Soort, f.Zijde, f.Vormen, f.Voorwaarden, f.Talen, f.Kosten,
                f.Email, f.Website, f.DagEnNacht, f.Actief, f.InterneNotitie, f.Gemeenten, f.Locaties), User.AlsActor(), Herkomst.Web, ct);
        }
        if (Fouten.Count == 0)
        {
            Opgeslagen("DienstOpgeslagen");
            return Redirect($"/keten/gids/{OrganisatieId}/dienst/{f.Id}");
        }
        return await OpnieuwAsync("dienst", ct);
    }

    public Task<IActionResult> OnPostTelefoonAsync(CancellationToken ct) => OnderdeelAsync("telefoon", id =>
        Beheer.TelefoonToevoegenAsync(OrganisatieId, id, new(Onderdeel.Id, Onderdeel.Nummer, Onderdeel.Omschrijving), User.AlsActor(), Herkomst.Web, ct), ct);

    public Task<IActionResult> OnPostContactAsync(CancellationToken ct) => OnderdeelAsync("contact", id =>
        Beheer.ContactToevoegenAsync(OrganisatieId, id, new(Onderdeel.Id, Onderdeel.Naam, Onderdeel.Functie, Onderdeel.Email, Onderdeel.Telefoon), User.AlsActor(), Herkomst.Web, ct), ct);

    public Task<IActionResult> OnPostOpeningstijdAsync(CancellationToken ct) => OnderdeelAsync("openingstijd", id =>
        Beheer.OpeningstijdToevoegenAsync(OrganisatieId, id, null, new(Onderdeel.Id, Onderdeel.Dagen, Onderdeel.Opent, Onderdeel.Sluit, Onderdeel.Omschrijving), User.AlsActor(), Herkomst.Web, ct), ct);

    public async Task<IActionResult> OnPostVerwijderenAsync(string soort, Guid onderdeelId, CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (!await Beheer.OnderdeelVerwijderenAsync(OrganisatieId, soort, onderdeelId, User.AlsActor(), Herkomst.Web, ct))
        {
            return NotFound();
        }
        Opgeslagen("Verwijderd");
        return Redirect($"/keten/gids/{OrganisatieId}/dienst/{Id}");
    }

    private async Task<IActionResult> OnderdeelAsync(string soort, Func<Guid, Task<Dictionary<string, string>>> toevoegen, CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        if (Id is not { } id)
        {
            return NotFound();
        }
        Fouten = Ongebonden("Onderdeel", ("Opent", "opent"), ("Sluit", "opent"));
        if (Fouten.Count == 0)
        {
            Fouten = await toevoegen(id);
        }
        if (Fouten.Count == 0)
        {
            Opgeslagen("OnderdeelToegevoegd");
            return Redirect($"/keten/gids/{OrganisatieId}/dienst/{id}");
        }
        return await OpnieuwAsync(soort, ct);
    }

    /// <summary>Values the binder could not read (a list for a single value, a word for a time) are errors, never defaults.</summary>
    private Dictionary<string, string> Ongebonden(string voorvoegsel, params (string Eigenschap, string Veld)[] velden) =>
        velden.Where(v => ModelState.Where(m => m.Key.StartsWith($"{voorvoegsel}.{v.Eigenschap}", StringComparison.Ordinal))
                .Any(m => m.Value?.ValidationState == ModelValidationState.Invalid))
            .GroupBy(v => v.Veld).ToDictionary(g => g.Key, g => g.Key == "opent" ? "Fout_tijden" : "Fout_" + g.Key);

    private async Task<IActionResult> OpnieuwAsync(string formulier, CancellationToken ct)
    {
        FoutFormulier = formulier;
        if (Id is { } id)
        {
            Bestaand = await Beheer.DienstAsync(OrganisatieId, id, ct);
            if (formulier != "dienst" && Bestaand is { } d)
            {
                Formulier = Velden(d);
            }
        }
        AlleGemeenten = await Beheer.GemeentenAsync(ct);
        AlleLocaties = await Beheer.LocatiesAsync(OrganisatieId, ct);
        return Page();
    }

    private static DienstVelden Velden(Dienst d) => new()
    {
        Id = d.Id, Naam = d.Naam, Beschrijving = d.Beschrijving, Soort = d.Soort, Zijde = d.Zijde, Vormen = PubliekeGids.Vormen(d.Uitbuitingsvormen).ToList(),
        Voorwaarden = d.Voorwaarden, Talen = d.Talen.Replace(",", ", ", StringComparison.Ordinal), Kosten = d.Kosten, Email = d.Email, Website = d.Website,
        DagEnNacht = d.DagEnNacht, Actief = d.Actief, InterneNotitie = d.InterneNotitie,
        Gemeenten = d.Gebied.Select(g => g.CbsCode).ToList(), Locaties = d.Locaties.Select(l => l.LocatieId).ToList(),
    };

    private async Task LaadAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            Bestaand = await Beheer.DienstAsync(OrganisatieId, id, ct);
        }
        AlleGemeenten = await Beheer.GemeentenAsync(ct);
        AlleLocaties = await Beheer.LocatiesAsync(OrganisatieId, ct);
    }
}
