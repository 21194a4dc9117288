using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Misbruik;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// The public report form and the advice question (same engine, <see cref="Soort"/> differs). The receipt code
/// is rendered in the POST response itself and posted back only as a hidden field: never a URL, never a cookie.
/// </summary>
[RequestSizeLimit(Limiet)]
[RequestFormLimits(MultipartBodyLengthLimit = Limiet)]
public class MeldenModel(MeldpuntIntake intake, SchakelDbContext db, PubliekeTekst t) : FormulierModel(t), ILimietPagina
{
    private const long Limiet = (MeldingLimieten.Bijlagen * (long)MeldingLimieten.BijlageBytes) + (1024 * 1024);

    public virtual string Soort => "melding";
    public MeldingInvoer Invoer { get; private set; } = new() { MelderType = null };
    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public IReadOnlyList<Indicator> Indicatoren { get; private set; } = [];
    public string? Ontvangstcode { get; private set; }
    public bool Urgent { get; private set; }
    public bool Waarschuwing { get; private set; }
    /// <summary>Sent by a signed-in professional: no code, the answer comes to their inbox.</summary>
    public bool VerstuurdNaarInbox { get; private set; }
    /// <summary>Set when this source is over its limit: minutes to wait; the form is shown again as typed.</summary>
    public int? TeVeelMinuten { get; private set; }

    public bool Geaccepteerd => Ontvangstcode is not null || VerstuurdNaarInbox;

    /// <summary>
    /// Over the limit: nothing is stored; the typed report is shown again (attachments cannot be kept by a
    /// browser form) with the other ways to report, in the reader's language.
    /// </summary>
    public async Task<IActionResult> TeVeelAsync(TimeSpan venster, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Invoer = MeldFormulier.Lees(Request.Form, Soort, MeldFormulier.Taal(HttpContext)).Invoer;
        TeVeelMinuten = Math.Max(1, (int)Math.Ceiling(venster.TotalMinutes));
        await LaadLijstenAsync(ct);
        var pagina = Page();
        pagina.StatusCode = StatusCodes.Status429TooManyRequests;
        return pagina;
    }

    public async Task OnGetAsync(CancellationToken ct) => await LaadLijstenAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var (invoer, aantalOngeldig) = MeldFormulier.Lees(Request.Form, Soort, MeldFormulier.Taal(HttpContext));
        Invoer = invoer;
        var bijlagen = await MeldFormulier.BijlagenAsync(Request.Form.Files, ct);
        var professional = await ProfessionalAsync();
        var uitkomst = await intake.MeldAsync(invoer, bijlagen, professional is null ? Indiener.Publiek() : Indiener.Professional(professional), ct);
        if (uitkomst.Gelukt && !aantalOngeldig)
        {
            Ontvangstcode = uitkomst.Ontvangstcode;
            VerstuurdNaarInbox = uitkomst.Ontvangstcode is null;
            Urgent = uitkomst.Urgent && invoer.AcuutGevaar;
            return Page();
        }
        ZetFouten(uitkomst.Fouten);
        if (aantalOngeldig)
        {
            ZetFout("betrokkenen.aantal", Teksten.Fout("betrokkenen.aantal", "Vul een aantal in cijfers in."));
        }
        Waarschuwing = uitkomst.Waarschuwingen.Count > 0;
        await LaadLijstenAsync(ct);
        return Page();
    }

    /// <summary>"Ik heb de code opgeschreven": only then leave the page; otherwise show the same code again.</summary>
    public IActionResult OnPostBevestig(string? code, bool opgeschreven)
    {
        Response.Headers.CacheControl = "no-store";
        if (opgeschreven || !Ontvangstcode_TryLees(code, out var geldig))
        {
            return RedirectToPage("Bedankt");
        }
        Ontvangstcode = geldig;
        ZetFout("opgeschreven", Teksten["CodeNietBevestigd"]);
        return Page();
    }

    /// <summary>
    /// A signed-in person of a partner organisation (not an API client), read from the staff cookie because a
    /// public page asks no scheme of its own; null for everyone else, who reports anonymously.
    /// </summary>
    private async Task<ClaimsPrincipal?> ProfessionalAsync()
    {
        if (await HttpContext.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(Schemas.Cookie) is null)
        {
            return null;
        }
        var aanmelding = await HttpContext.AuthenticateAsync(Schemas.Cookie);
        var user = aanmelding.Principal;
        return aanmelding.Succeeded && user?.OrganisatieId() is not null && !user.IsApiClient() ? user : null;
    }

    private static bool Ontvangstcode_TryLees(string? code, out string geformatteerd)
    {
        geformatteerd = "";
        if (!Core.Meldpunt.Ontvangstcode.TryLees(code, out var cijfers))
        {
            return false;
        }
        geformatteerd = Core.Meldpunt.Ontvangstcode.Formatteer(cijfers);
        return true;
    }

    private async Task LaadLijstenAsync(CancellationToken ct)
    {
        Gemeenten = await MeldFormulier.GemeentenAsync(db, ct);
        Indicatoren = await MeldFormulier.IndicatorenAsync(db, ct);
    }
}
