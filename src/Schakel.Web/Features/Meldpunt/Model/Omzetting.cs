using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Berichten;

namespace Schakel.Web.Features.Meldpunt.Model;

/// <summary>
/// Turning an advice question into a report, by staff or by the asker: in place (same id, code, messages),
/// with the step in the history and a message to the asker. The caller saves.
/// </summary>
internal static class Omzetting
{
    public const string Gebeurtenis = "omgezet-naar-melding";

    /// <returns>A Dutch error, or null when done.</returns>
    public static string? ZetOm(SchakelDbContext db, Melding m, Guid? medewerkerId, DateTimeOffset nu)
    {
        if (m.Soort != MeldingSoort.Adviesvraag)
        {
            return "Dit is al een melding.";
        }
        m.Soort = MeldingSoort.Melding;
        db.Add(new MeldingStatusHistorie { MeldingId = m.Id, Van = m.Status, Naar = m.Status, Gebeurtenis = Gebeurtenis, Tijdstip = nu, MedewerkerId = medewerkerId });
        db.Add(new MeldingBericht { MeldingId = m.Id, Van = BerichtAfzender.Meldpunt, Tijdstip = nu, Sjabloon = Sjablonen.Omgezet });
        return null;
    }
}
