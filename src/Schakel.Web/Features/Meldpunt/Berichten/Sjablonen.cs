namespace Schakel.Web.Features.Meldpunt.Berichten;

/// <summary>Template keys of this feature on top of those in Schakel.Core.Doorverwijzing.Terugkoppeling.</summary>
public static class Sjablonen
{
    public const string Omgezet = "terugkoppeling.omgezet";
}
