using Microsoft.AspNetCore.Mvc;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Follow-up with the receipt code. Reading is a POST carrying the code as a form field, so the code is never
/// in a URL; the page is never cached. A reply redirects afterwards (post/redirect/get): the code rides along
/// once in the short-lived encrypted <see cref="Ontvangstweergave"/>, which the GET reads and deletes. The
/// reply form's one-time token makes a resent reply stored once.
/// </summary>
[RequestSizeLimit(Limiet)]
[RequestFormLimits(MultipartBodyLengthLimit = Limiet)]
public sealed class OpvolgenModel(MeldpuntOpvolging opvolging, PubliekeTekst t, Ontvangstweergave weergave) : FormulierModel(t), Misbruik.ILimietWeergave
{
    /// <summary>Set when this connection entered codes too often: minutes to wait; nothing was looked up or sent.</summary>
    public int? TeVeelMinuten { get; private set; }

    /// <summary>
    /// Over the code limit: the page in the reader's language with the other ways to get help, and the code form
    /// empty again (the code is never kept outside a form); a typed reply is shown again so it is not lost.
    /// </summary>
    public Task<IActionResult> TeVeelAsync(TimeSpan venster, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        TeVeelMinuten = Math.Max(1, (int)Math.Ceiling(venster.TotalMinutes));
        Tekst = Request.HasFormContentType && Request.Form["tekst"] is { Count: > 0 } getypt && !string.IsNullOrWhiteSpace(getypt) ? getypt.ToString() : null;
        var pagina = Page();
        pagina.StatusCode = StatusCodes.Status429TooManyRequests;
        return Task.FromResult<IActionResult>(pagina);
    }

    private const long Limiet = (Core.Meldpunt.MeldingLimieten.Bijlagen * (long)Core.Meldpunt.MeldingLimieten.BijlageBytes) + (1024 * 1024);

    public string? Code { get; private set; }
    public MeldingOpvolging? Melding { get; private set; }
    public bool Verstuurd { get; private set; }
    public string? Tekst { get; private set; }
    public string Verzendsleutel { get; private set; } = VerzendsleutelInvoer.Nieuw();

    /// <summary>Set after the reporter withdrew their contact details (post/redirect/get).</summary>
    public bool Ingetrokken { get; private set; }
    public string IntrekSleutel { get; private set; } = VerzendsleutelInvoer.Nieuw();

    public const string Pagina = "opvolgen";
    /// <summary>The carried result after a withdrawal: another page name, so the GET tells it from a sent reply.</summary>
    public const string PaginaIngetrokken = "opvolgen-ingetrokken";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var gedragen = weergave.Lees(HttpContext, Pagina) ?? weergave.Lees(HttpContext, PaginaIngetrokken);
        if (gedragen is not { Code: { } code })
        {
            return Page();
        }
        Response.Headers.CacheControl = "no-cache, no-store";
        Ontvangstweergave.Wis(HttpContext);
        Ingetrokken = gedragen.Pagina == PaginaIngetrokken;
        Verstuurd = !Ingetrokken;
        return await ToonAsync(code, ct);
    }

    /// <summary>
    /// The reporter withdraws their contact details. A plain form with a one-time token (no JavaScript needed); on success the
    /// code rides once in the encrypted carrier to the GET, as after a reply.
    /// </summary>
    public async Task<IActionResult> OnPostIntrekkenAsync(string? code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        string? token = Request.Form["intreksleutel"];
        var sleutel = VerzendsleutelInvoer.IsGeldig(token) ? new VerzendsleutelInvoer(MeldpuntOpvolging.IntrekkenBereik, token!, TimeSpan.FromHours(1)) : null;
        var uitkomst = await opvolging.TrekContactInAsync(code, sleutel, ct);
        if (uitkomst == IntrekkenResultaat.Gelukt && code is not null)
        {
            weergave.Zet(HttpContext, new Ontvangstweergave.Inhoud(PaginaIngetrokken, code.Trim(), false, false, false));
            return RedirectToPage();
        }
        return await ToonAsync(code, ct);
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        return await ToonAsync(code, ct);
    }

    [ToontInvoerfouten(Invoerfout.Tekens | Invoerfout.Lengte)]
    [Invoerlengte(Schakel.Core.Meldpunt.MeldingLimieten.Reactie, "tekst")]
    public async Task<IActionResult> OnPostReageerAsync(string? code, string? tekst, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        var bijlagen = await MeldFormulier.BijlagenAsync(Request.Form.Files, ct);
        string? token = Request.Form["verzendsleutel"];
        var sleutel = VerzendsleutelInvoer.IsGeldig(token) ? new VerzendsleutelInvoer("reactie", token!, TimeSpan.FromHours(1)) : null;
        if (sleutel is not null)
        {
            Verzendsleutel = sleutel.Sleutel;
        }
        if (ZetTekenFouten())
        {
            // Refused characters: nothing is stored; the reply comes back as typed less those characters.
            Tekst = tekst;
            return await ToonAsync(code, ct);
        }
        var uitkomst = await opvolging.ReageerAsync(code, tekst, bijlagen, sleutel, ct);
        if (uitkomst.Resultaat == ReactieResultaat.Gelukt && code is not null)
        {
            weergave.Zet(HttpContext, new Ontvangstweergave.Inhoud(Pagina, code.Trim(), false, false, false));
            return RedirectToPage();
        }
        if (uitkomst.Resultaat == ReactieResultaat.Ongeldig)
        {
            if (uitkomst.Fouten.ContainsKey(MeldpuntOpvolging.AndereInhoudVeld))
            {
                Verzendsleutel = VerzendsleutelInvoer.Nieuw();
                ZetFout("tekst", Teksten["OpvAnderBericht"]);
            }
            ZetFouten(uitkomst.Fouten.Where(f => f.Key != MeldpuntOpvolging.AndereInhoudVeld).ToDictionary(f => f.Key, f => f.Value));
            Tekst = tekst;
        }
        return await ToonAsync(code, ct);
    }

    public async Task<IActionResult> OnPostBijlageAsync(string? code, Guid bijlage, CancellationToken ct)
    {
        var b = await opvolging.BijlageAsync(code, bijlage, ct);
        if (b is null)
        {
            return await ToonAsync(code, ct);
        }
        Response.Headers.CacheControl = "no-cache, no-store";
        return File(b.Value.Inhoud, b.Value.ContentType, b.Value.Naam);
    }

    private async Task<IActionResult> ToonAsync(string? code, CancellationToken ct)
    {
        Melding = await opvolging.ZoekAsync(code, ct);
        if (Melding is null)
        {
            ZetFout("code", Teksten["OpvOnbekend"]);
            return Page();
        }
        Code = code?.Trim();
        return Page();
    }
}
