using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Meldpunt.Berichten;

/// <summary>
/// Marker for the templated messages to reporters (BerichtTeksten.resx and its translations). A template is
/// stored as its key and rendered in the reader's language, so a new translation also reaches old reports.
/// </summary>
public sealed class BerichtTeksten;

public sealed class BerichtWeergave(ITeksten<BerichtTeksten> teksten)
{
    public string Sjabloon(string sleutel) =>
        teksten[sleutel] is { ResourceNotFound: false } t ? t.Value : sleutel;

    /// <summary>
    /// A template for this kind of submission: an advice question is spoken of as a question (<c>{sleutel}.vraag</c>),
    /// in every public language; a template without a question variant is the same for both.
    /// </summary>
    public string Sjabloon(string sleutel, Schakel.Core.Meldpunt.MeldingSoort soort) =>
        soort == Schakel.Core.Meldpunt.MeldingSoort.Adviesvraag && teksten[$"{sleutel}.vraag"] is { ResourceNotFound: false } v
            ? v.Value
            : Sjabloon(sleutel);

    public string Status(MelderStatus status) => teksten[$"status.{status}"] is { ResourceNotFound: false } t ? t.Value : status.ToString();
}
