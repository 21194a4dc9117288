using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Keten.Signalentafel;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Features.Schaal.Sleutelring;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Privacy.Declaraties;

/// <summary>
/// One column encrypted under the field keys (<see cref="Veldversleuteling"/>), with the associated data its values are bound to,
/// computed from the row's key. Key rotation re-encrypts exactly these columns, found through the EF model. With
/// <paramref name="XmlElement"/> the column holds XML and only the text of each element of that name is ciphertext.
/// </summary>
public sealed record VersleuteldVeld(Type Entiteit, string Eigenschap, Type Sleuteltype, Func<object, string> Context, string? XmlElement = null);

/// <summary>
/// Every column that holds <c>v{version}:…</c> ciphertext (or the binary form with the version byte first), declared next to the
/// personal-data declarations so that a new encrypted column is declared once, here. Each line names the context the feature
/// itself binds; <c>SleutelrotatieTests</c> fails when a column with ciphertext in it, or a declared *Versleuteld column, is
/// missing. Columns under a key of their own (not the field keys) are listed apart with the reason.
/// </summary>
public static class VersleuteldeVelden
{
    public static IReadOnlyList<VersleuteldVeld> Alle { get; } =
    [
        Veld<Melding, Guid>(nameof(Melding.OmschrijvingVersleuteld), id => Melding.VeldContext("Omschrijving", id)),
        Veld<Melding, Guid>(nameof(Melding.PlaatsVersleuteld), id => Melding.VeldContext("Plaats", id)),
        Veld<Melding, Guid>(nameof(Melding.TijdstipVersleuteld), id => Melding.VeldContext("Tijdstip", id)),
        Veld<Melding, Guid>(nameof(Melding.BetrokkenenVersleuteld), id => Melding.VeldContext("Betrokkenen", id)),
        Veld<Melding, Guid>(nameof(Melding.ContactVersleuteld), id => Melding.VeldContext("Contact", id)),
        Veld<Bijlage, Guid>(nameof(Bijlage.BestandsnaamVersleuteld), Bijlage.NaamContext),
        Veld<Bijlage, Guid>(nameof(Bijlage.InhoudVersleuteld), Bijlage.InhoudContext),
        Veld<MeldingBericht, long>(nameof(MeldingBericht.TekstVersleuteld), MeldpuntOpvolging.BerichtContext),
        Veld<MeldingTriage, long>(nameof(MeldingTriage.AanknopingspuntenVersleuteld), id => MeldingTriage.VeldContext("Aanknopingspunten", id)),
        Veld<Routebesluit, Guid>(nameof(Routebesluit.AfwijkingRedenVersleuteld), id => Routebesluit.VeldContext("AfwijkingReden", id)),
        Veld<DoorverwijzingRij, Guid>(nameof(DoorverwijzingRij.RedenVitaalBelangVersleuteld), id => DoorverwijzingRij.VeldContext("RedenVitaalBelang", id)),
        Veld<DoorverwijzingBericht, long>(nameof(DoorverwijzingBericht.TekstVersleuteld), DoorverwijzingBericht.VeldContext),
        Veld<TafelSignaal, Guid>(nameof(TafelSignaal.InhoudVersleuteld), id => TafelSignaal.VeldContext("Inhoud", id)),
        Veld<TafelSignaal, Guid>(nameof(TafelSignaal.BesluitRedenVersleuteld), id => TafelSignaal.VeldContext("BesluitReden", id)),
        Veld<TafelBijdrage, Guid>(nameof(TafelBijdrage.TekstVersleuteld), TafelBijdrage.VeldContext),
        Veld<Inschrijving, Guid>(nameof(Inschrijving.NaamVersleuteld), _ => Inschrijven.NaamContext),
        Veld<Inschrijving, Guid>(nameof(Inschrijving.EmailVersleuteld), _ => Inschrijven.EmailContext),
        Veld<Evaluatie, Guid>(nameof(Evaluatie.Opmerking), _ => Evaluaties.OpmerkingContext),
        Veld<MonitorOpmerking, long>(nameof(MonitorOpmerking.TekstVersleuteld), _ => MonitorEdities.OpmerkingContext),
        Veld<Opvanglocatie, Guid>(nameof(Opvanglocatie.AdresVersleuteld), _ => OpvangService.AdresContext),
        Veld<Bewaarblokkade, Guid>(nameof(Bewaarblokkade.RedenVersleuteld), Bewaarblokkade.RedenContext),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.NaamVersleuteld), id => VerzoekBetrokkene.VeldContext("Naam", id)),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.GeboortedatumVersleuteld), id => VerzoekBetrokkene.VeldContext("Geboortedatum", id)),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.TelefoonVersleuteld), id => VerzoekBetrokkene.VeldContext("Telefoon", id)),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.EmailVersleuteld), id => VerzoekBetrokkene.VeldContext("Email", id)),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.VerlengingRedenVersleuteld), id => VerzoekBetrokkene.VeldContext("VerlengingReden", id)),
        Veld<VerzoekBetrokkene, Guid>(nameof(VerzoekBetrokkene.AntwoordVersleuteld), id => VerzoekBetrokkene.VeldContext("Antwoord", id)),
        Veld<VerzoekTreffer, Guid>(nameof(VerzoekTreffer.ToelichtingVersleuteld), id => VerzoekTreffer.VeldContext("Toelichting", id)),
        Veld<VerzoekTreffer, Guid>(nameof(VerzoekTreffer.OpheffingRedenVersleuteld), id => VerzoekTreffer.VeldContext("OpheffingReden", id)),
        // The canary that proves which keys a database belongs to: moved with the rest, or retiring its version would stop the start.
        Veld<Sleutelcontrole, int>(nameof(Sleutelcontrole.Versleuteld), _ => Sleutelcontroleur.Context),
        // The shared data-protection key ring (sign-in cookies, form tokens; ADR 0009): each key's XML holds its secret as field-key
        // ciphertext in one element. Moved with the rest, or retiring a version would leave the nodes unable to read their cookie keys.
        new(typeof(Sleutelringsleutel), nameof(Sleutelringsleutel.Xml), typeof(int), _ => SleutelringVersleuteling.Context,
            SleutelringVersleuteling.Element.LocalName),
    ];

    /// <summary>Encrypted, but not under the field keys: rotation leaves them alone.</summary>
    public static IReadOnlyDictionary<(Type, string), string> EigenSleutel { get; } = new Dictionary<(Type, string), string>
    {
        [(typeof(Verzendsleutel), nameof(Verzendsleutel.OntvangstcodeVersleuteld))] =
            "onder een sleutel afgeleid van de ontvangstcodesleutel en de sleutel van de inzender; verloopt binnen een uur",
    };

    private static VersleuteldVeld Veld<TEntiteit, TSleutel>(string eigenschap, Func<TSleutel, string> context) =>
        new(typeof(TEntiteit), eigenschap, typeof(TSleutel), sleutel => context((TSleutel)sleutel));
}
