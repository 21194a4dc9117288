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

    public string Status(MelderStatus status) => teksten[$"status.{status}"] is { ResourceNotFound: false } t ? t.Value : status.ToString();
}
