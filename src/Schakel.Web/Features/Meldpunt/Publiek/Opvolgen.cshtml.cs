using Microsoft.AspNetCore.Mvc;
using Schakel.Web.Features.Meldpunt.Opvolging;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Follow-up with the receipt code. Every step is a POST carrying the code as a form field, so the code is
/// never in a URL or cookie; the page is rendered in the response and never cached.
/// </summary>
[RequestSizeLimit(Limiet)]
[RequestFormLimits(MultipartBodyLengthLimit = Limiet)]
public sealed class OpvolgenModel(MeldpuntOpvolging opvolging, PubliekeTekst t) : FormulierModel(t)
{
    private const long Limiet = (Core.Meldpunt.MeldingLimieten.Bijlagen * (long)Core.Meldpunt.MeldingLimieten.BijlageBytes) + (1024 * 1024);

    public string? Code { get; private set; }
    public MeldingOpvolging? Melding { get; private set; }
    public bool Verstuurd { get; private set; }
    public string? Tekst { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await ToonAsync(code, ct);
    }

    public async Task<IActionResult> OnPostReageerAsync(string? code, string? tekst, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var bijlagen = await MeldFormulier.BijlagenAsync(Request.Form.Files, ct);
        var uitkomst = await opvolging.ReageerAsync(code, tekst, bijlagen, ct);
        if (uitkomst.Resultaat == ReactieResultaat.Ongeldig)
        {
            ZetFouten(uitkomst.Fouten);
            Tekst = tekst;
        }
        Verstuurd = uitkomst.Resultaat == ReactieResultaat.Gelukt;
        return await ToonAsync(code, ct);
    }

    public async Task<IActionResult> OnPostBijlageAsync(string? code, Guid bijlage, CancellationToken ct)
    {
        var b = await opvolging.BijlageAsync(code, bijlage, ct);
        if (b is null)
        {
            return await ToonAsync(code, ct);
        }
        Response.Headers.CacheControl = "no-store";
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
