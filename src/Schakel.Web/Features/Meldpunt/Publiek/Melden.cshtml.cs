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
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// The public report form and the advice question (same engine, <see cref="Soort"/> differs). Post/redirect/get:
/// a stored report redirects to <c>?handler=Ontvangen</c>, which shows the receipt code carried there by
/// <see cref="Ontvangstweergave"/> (never in a URL). The form's one-time token (<see cref="Verzendsleutel"/>)
/// makes a double submit or a resent post find the same report instead of storing a second one.
/// </summary>
[RequestSizeLimit(Limiet)]
[RequestFormLimits(MultipartBodyLengthLimit = Limiet)]
[Invoerlengte(MeldingLimieten.Omschrijving, "omschrijving")]
public class MeldenModel(MeldpuntIntake intake, SchakelDbContext db, PubliekeTekst t, Ontvangstweergave weergave) : FormulierModel(t), ILimietPagina
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

    /// <summary>A new report was stored by this post (a resent form finds its report and does not count again).</summary>
    public bool Geaccepteerd { get; private set; }

    /// <summary>Set when this node was too busy to take the report in time: seconds to wait; the form is shown again as typed.</summary>
    public int? DrukSeconden { get; private set; }

    /// <summary>
    /// Over the limit: nothing is stored; the typed report is shown again (attachments cannot be kept by a
    /// browser form) with the other ways to report, in the reader's language.
    /// </summary>
    public async Task<IActionResult> TeVeelAsync(TimeSpan venster, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        Invoer = MeldFormulier.Lees(Request.Form, Soort, MeldFormulier.Taal(HttpContext)).Invoer;
        TeVeelMinuten = Math.Max(1, (int)Math.Ceiling(venster.TotalMinutes));
        await LaadLijstenAsync(ct);
        var pagina = Page();
        pagina.StatusCode = StatusCodes.Status429TooManyRequests;
        return pagina;
    }

    /// <summary>The form was sent before and its code can no longer be shown: the report arrived all the same.</summary>
    public bool AlAangekomen { get; private set; }
    /// <summary>The form's one-time token; kept across validation errors (nothing was stored under it).</summary>
    public string Verzendsleutel { get; private set; } = Intake.VerzendsleutelInvoer.Nieuw();

    public const string VerzendsleutelVeld = "verzendsleutel";

    public async Task OnGetAsync(CancellationToken ct) => await LaadLijstenAsync(ct);

    /// <summary>The GET after a stored report: shows the code from the short-lived carrier, or the empty form.</summary>
    public async Task<IActionResult> OnGetOntvangenAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        if (weergave.Lees(HttpContext, Soort) is not { } inhoud)
        {
            await LaadLijstenAsync(ct);
            return Page();
        }
        Ontvangstcode = inhoud.Code;
        Urgent = inhoud.Urgent;
        VerstuurdNaarInbox = inhoud.NaarInbox;
        AlAangekomen = inhoud.Code is null && !inhoud.NaarInbox;
        return Page();
    }

    /// <summary>
    /// Too busy to take the report in time: nothing is stored (the bound is met before any database work); the typed
    /// report is shown again with a 503 and Retry-After, so sending again is one press of the button.
    /// </summary>
    private async Task<IActionResult> TeDrukAsync(TimeSpan opnieuwNa, CancellationToken ct)
    {
        HttpContext.RequestServices.GetRequiredService<Belasting.Belastingteller>().TelGeweigerd();
        DrukSeconden = Math.Max(1, (int)Math.Ceiling(opnieuwNa.TotalSeconds));
        Response.Headers.RetryAfter = DrukSeconden.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await LaadLijstenAsync(ct);
        }
        catch (Exception fout) when (Belasting.Overbelasting.Herken(fout, HttpContext.RequestServices) is not null)
        {
            // Without a connection the lists stay empty; the typed text is what matters and it is in the form.
        }
        var pagina = Page();
        pagina.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return pagina;
    }

    [ToontInvoerfouten(Invoerfout.Tekens | Invoerfout.Lengte)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        var (invoer, aantalOngeldig) = MeldFormulier.Lees(Request.Form, Soort, MeldFormulier.Taal(HttpContext));
        Invoer = invoer;
        var bijlagen = await MeldFormulier.BijlagenAsync(Request.Form.Files, ct);
        var professional = await ProfessionalAsync();
        var indiener = professional is null ? Indiener.Publiek() : Indiener.Professional(professional);
        string? token = Request.Form[VerzendsleutelVeld];
        var sleutel = VerzendsleutelInvoer.IsGeldig(token) ? VerzendsleutelInvoer.Formulier(token!) : null;
        if (sleutel is not null)
        {
            Verzendsleutel = sleutel.Sleutel;
        }

        if (ZetTekenFouten())
        {
            // Refused characters: nothing is stored; the form comes back with the text as typed less those characters.
            ZetFouten(MeldingValidatie.Valideer(invoer).Fouten.Where(f => !HeeftFout(f.Key)).ToDictionary(f => f.Key, f => f.Value.ToArray()));
            await LaadLijstenAsync(ct);
            return Page();
        }

        if (aantalOngeldig)
        {
            // Nothing is stored while any field is wrong; every other error is shown with this one.
            ZetFouten(MeldingValidatie.Valideer(invoer).Fouten.Where(f => f.Key != "betrokkenen.aantal").ToDictionary(f => f.Key, f => f.Value.ToArray()));
            ZetFout("betrokkenen.aantal", Teksten.Fout("betrokkenen.aantal", "Vul een aantal in cijfers in."));
            await LaadLijstenAsync(ct);
            return Page();
        }

        IntakeUitkomst uitkomst;
        try
        {
            uitkomst = await intake.MeldAsync(invoer, bijlagen, indiener, sleutel, ct);
        }
        catch (Exception fout) when (Belasting.Overbelasting.Herken(fout, HttpContext.RequestServices) is { } opnieuwNa)
        {
            return await TeDrukAsync(opnieuwNa, ct);
        }
        if (uitkomst.Gelukt)
        {
            Geaccepteerd = !uitkomst.Herhaald;
            weergave.Zet(HttpContext, new Ontvangstweergave.Inhoud(Soort, uitkomst.Ontvangstcode, uitkomst.Urgent && invoer.AcuutGevaar,
                NaarInbox: !indiener.KrijgtOntvangstcode, uitkomst.Herhaald));
            return RedirectToPage(null, "Ontvangen");
        }
        if (uitkomst.AndereInhoud)
        {
            // The same page was sent before with other content (e.g. after going back): a new token makes the next send a new report.
            Verzendsleutel = VerzendsleutelInvoer.Nieuw();
            ZetFout("omschrijving", Teksten["AlVerstuurd"]);
        }
        ZetFouten(uitkomst.Fouten);
        Waarschuwing = uitkomst.Waarschuwingen.Count > 0;
        await LaadLijstenAsync(ct);
        return Page();
    }

    /// <summary>"Ik heb de code opgeschreven": only then leave the page; otherwise show the same code again.</summary>
    public IActionResult OnPostBevestig(string? code, bool opgeschreven)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        if (opgeschreven || !Ontvangstcode_TryLees(code, out var geldig))
        {
            Ontvangstweergave.Wis(HttpContext);
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
