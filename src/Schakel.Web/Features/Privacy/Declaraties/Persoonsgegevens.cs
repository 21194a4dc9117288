using Microsoft.AspNetCore.Identity;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Keten.Kennisbank;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Keten.Signalentafel;
using Schakel.Web.Features.Keten.Stakeholders;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Imports;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Regio;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using BewustwordingBijeenkomst = Schakel.Web.Features.Bewustwording.Model.Bijeenkomst;
using OverlegBijeenkomst = Schakel.Web.Features.Keten.Overleg.Bijeenkomst;

namespace Schakel.Web.Features.Privacy.Declaraties;

/// <summary>
/// The one declaration of every column of the EF model: personal (category and processing activity, which carries purpose,
/// basis, retention and owner) or not. A new column gets one line here, or its name added to its entity's
/// <c>NietPersoonlijk</c> list; DeclaratiesTests names every column that is missing (Features/Privacy/README.md).
/// </summary>
internal static class Persoonsgegevens
{
    public static Verklaringen Verklaar(Verklaringen d)
    {
        d.NietPersoonlijk<IdentityRole<Guid>>("Id", "ConcurrencyStamp", "Name", "NormalizedName");
        d.NietPersoonlijk<IdentityRoleClaim<Guid>>("Id", "ClaimType", "ClaimValue", "RoleId");
        d.Persoonlijk<IdentityUserClaim<Guid>>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "ClaimValue");
        d.NietPersoonlijk<IdentityUserClaim<Guid>>("Id", "ClaimType", "UserId");
        d.Persoonlijk<IdentityUserLogin<Guid>>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "ProviderKey");
        d.NietPersoonlijk<IdentityUserLogin<Guid>>("LoginProvider", "ProviderDisplayName", "UserId");
        d.NietPersoonlijk<IdentityUserRole<Guid>>("UserId", "RoleId");
        d.Persoonlijk<IdentityUserToken<Guid>>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "Value");
        d.NietPersoonlijk<IdentityUserToken<Guid>>("UserId", "LoginProvider", "Name");
        d.Persoonlijk<Medewerker>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Contact, "Email", "NormalizedEmail", "PhoneNumber");
        d.Persoonlijk<Medewerker>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "NormalizedUserName", "PasswordHash", "UserName", "Weergavenaam");
        d.NietPersoonlijk<Medewerker>("Id", "AangemaaktOp", "AccessFailedCount", "Actief", "ConcurrencyStamp", "EmailConfirmed", "LaatsteTotpStap", "LockoutEnabled", "LockoutEnd", "OrganisatieId", "PhoneNumberConfirmed", "SecurityStamp", "TwoFactorEnabled");
        d.NietPersoonlijk<ApiClient>("Id", "Aangemaakt", "Actief", "ClientId", "Gedeactiveerd", "GeheimHash", "Naam", "OrganisatieId", "Rollen");
        d.NietPersoonlijk<Aanbod>("Id", "AanbiederNaam", "Aanmelding", "Actief", "BijgewerktOp", "Bron", "Doelgroepen", "DuurMinuten", "ExterneLink", "Gemeenten", "IsDemo", "Kosten", "Leerdoelen", "Omschrijving", "OrganisatieId", "Soort", "Talen", "Titel", "Voorwaarden", "Vormen", "Werkvorm");
        d.NietPersoonlijk<BewustwordingBijeenkomst>("Id", "Aanwezigen", "Begin", "Einde", "Gemeenten", "IsDemo", "Omschrijving", "Organisatoren", "Plaats", "Reeks", "Soort", "Titel");
        d.Persoonlijk<Evaluatie>(Verwerkingsactiviteiten.Bewustwording, Gegevenscategorie.VrijeTekst, "Opmerking");
        d.NietPersoonlijk<Evaluatie>("Id", "Bruikbaarheid", "Datum", "Inhoud", "SessieId", "Trainer");
        d.NietPersoonlijk<Hotel>("Id", "Certificaatdatum", "GemeenteCode", "Geregistreerd", "Getraind", "IsDemo", "Naam", "Personeel", "Soort", "Status");
        d.Persoonlijk<Inschrijving>(Verwerkingsactiviteiten.Bewustwording, Gegevenscategorie.Identificerend, "AnnuleercodeHash", "NaamVersleuteld");
        d.Persoonlijk<Inschrijving>(Verwerkingsactiviteiten.Bewustwording, Gegevenscategorie.Contact, "EmailVersleuteld");
        d.Persoonlijk<Inschrijving>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<Inschrijving>("Id", "Aanwezig", "Bericht", "BerichtWachtend", "BewaarTot", "FormulierSleutelHash", "Geevalueerd", "GemeenteCode", "IngeschrevenOp", "OrganisatieId", "Rol", "SessieId", "Status", "Volgnummer");
        d.NietPersoonlijk<KennispeilingAntwoord>("Id", "Aandachtsfunctionaris", "Doelgroep", "FormulierSleutelHash", "Handelen", "Jaar", "Melden", "Meting", "Signalen");
        d.NietPersoonlijk<NpstLandelijkCijfer>("Id", "Aantal", "Bron", "Duiding", "Jaar", "Omschrijving");
        d.NietPersoonlijk<Sessie>("Id", "AanbodId", "AanmeldenTot", "Begin", "Capaciteit", "Einde", "Geannuleerd", "Gemeenten", "IsDemo", "Link", "Organisatoren", "Plaats", "Reeks", "Spoor");
        d.NietPersoonlijk<Trainingsplan>("GemeenteCode", "Jaar", "AandachtsfunctionarissenVerplicht", "Rollen");
        // Who changed a basis is kept as organisation and role, never as a person.
        d.NietPersoonlijk<VerwerkingsgrondslagRij>("Id", "BeeindigdOp", "Categorie", "Doel", "GewijzigdDoorOrganisatieId", "GewijzigdDoorRol", "GewijzigdOp", "Grondslag", "OrganisatieId", "Type", "VastgelegdOp");
        d.NietPersoonlijk<GrondslagRij>("Code", "Actief", "Categorie", "GewijzigdOp", "MaximaalDeelniveau", "Omschrijving", "Ontvangers", "Voorwaarde");
        d.Persoonlijk<MeldrouteRegelVersie>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "GewijzigdDoor");
        d.NietPersoonlijk<MeldrouteRegelVersie>("Id", "Actief", "Code", "GeldigVanaf", "Naam", "Nummer", "Reden", "UitkomstenJson", "Versie", "VervangenOp", "VoorwaardenJson");
        d.Persoonlijk<DoorverwijzingBericht>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.Persoonlijk<DoorverwijzingBericht>(Verwerkingsactiviteiten.Doorverwijzing, Gegevenscategorie.VrijeTekst, "TekstVersleuteld");
        d.NietPersoonlijk<DoorverwijzingBericht>("Id", "Client", "DoorverwijzingId", "Soort", "Tijdstip", "VanOrganisatieId");
        d.Persoonlijk<DoorverwijzingHistorie>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<DoorverwijzingHistorie>("Id", "Client", "DoorverwijzingId", "Naar", "OrganisatieId", "Tijdstip", "Van");
        d.Persoonlijk<DoorverwijzingRij>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.Persoonlijk<DoorverwijzingRij>(Verwerkingsactiviteiten.Doorverwijzing, Gegevenscategorie.Bijzonder, "RedenVitaalBelangVersleuteld");
        d.NietPersoonlijk<DoorverwijzingRij>("Id", "AfgeslotenOp", "AfzenderOrganisatieId", "Deelniveau", "Doel", "EersteActieOp", "EersteActieUiterlijk", "GrondslagCode", "MeldingId", "MetMeldergegevens", "OntvangerOrganisatieId", "RegelCode", "RegelVersie", "Rol", "RoutebesluitId", "Spoed", "Status", "ToestemmingMelder", "ToestemmingSlachtoffer", "Uitleg", "Urgentie", "VerstuurdOp");
        // Codes of route rules and reasons, with organisation names as parameters: no person in them.
        d.NietPersoonlijk<DoorverwijzingRij>("DoelCode", "UitlegBerichten");
        d.Persoonlijk<MeldingTriage>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Identificerend, "Aanknopingspunten");
        d.Persoonlijk<MeldingTriage>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Strafrechtelijk, "AanknopingspuntenVersleuteld");
        d.Persoonlijk<MeldingTriage>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<MeldingTriage>("Id", "GemeenteCode", "IllegaleProstitutieOfMalafideBedrijf", "Indicatoren", "MelderIsGemeentemedewerker", "MeldingId", "MinderjarigBetrokken", "OrganisatieId", "Tijdstip", "Uitbuitingsvormen", "Urgentie", "Zijde");
        d.Persoonlijk<Routebesluit>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.VrijeTekst, "AfwijkingRedenVersleuteld");
        d.Persoonlijk<Routebesluit>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<Routebesluit>("Id", "Afwijkingen", "MeldingId", "MeldrouteVersie", "OrganisatieId", "Tijdstip", "TriageId");
        d.Persoonlijk<Aandachtsfunctionaris>(Verwerkingsactiviteiten.Ketencontacten, Gegevenscategorie.Contact, "Email", "Telefoon");
        d.Persoonlijk<Aandachtsfunctionaris>(Verwerkingsactiviteiten.Ketencontacten, Gegevenscategorie.Identificerend, "MedewerkerId", "Naam");
        d.NietPersoonlijk<Aandachtsfunctionaris>("Id", "AangesteldOp", "Actief", "BeeindigdOp", "Afdeling", "Functietitel", "GemeenteCode", "IsDemo", "OrganisatieId", "PlaatsvervangerId", "Zijde");
        d.NietPersoonlijk<Dienst>("Id", "Actief", "Beschrijving", "DagEnNacht", "Email", "InterneNotitie", "IsDemo", "Kosten", "Naam", "OrganisatieId", "Soort", "Talen", "Uitbuitingsvormen", "Voorwaarden", "Website", "Zijde");
        d.NietPersoonlijk<DienstLocatie>("Id", "DienstId", "LocatieId");
        d.NietPersoonlijk<Dienstgebied>("DienstId", "CbsCode");
        d.Persoonlijk<GidsContact>(Verwerkingsactiviteiten.Ketencontacten, Gegevenscategorie.Contact, "Email", "Telefoon");
        d.Persoonlijk<GidsContact>(Verwerkingsactiviteiten.Ketencontacten, Gegevenscategorie.Identificerend, "Naam");
        d.NietPersoonlijk<GidsContact>("Id", "DienstId", "Functie");
        d.NietPersoonlijk<GidsTelefoon>("Id", "DienstId", "Nummer", "Omschrijving");
        d.NietPersoonlijk<Locatie>("Id", "Adres", "GemeenteCode", "InterneNotitie", "IsDemo", "Naam", "OrganisatieId", "Plaats", "Postcode", "Vertrouwelijk", "VoordeurEmail", "VoordeurTelefoon");
        d.NietPersoonlijk<Openingstijd>("Id", "Dagen", "DienstId", "LocatieId", "Omschrijving", "Opent", "Sluit");
        d.NietPersoonlijk<KennisDocument>("Id", "Bron", "Code", "Doelgroep", "GemeenteCode", "Openbaar", "Soort", "Titel", "Uitbuitingsvorm");
        d.Persoonlijk<KennisDocumentVersie>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "Door");
        d.NietPersoonlijk<KennisDocumentVersie>("Id", "Bestand", "BestandGrootte", "BestandNaam", "BestandType", "DocumentId", "GepubliceerdOp", "Link", "Toelichting", "Versie");
        d.NietPersoonlijk<Besluitpunt>("Id", "ActieId", "ActiehouderId", "BijeenkomstId", "Soort", "Tekst", "Volgorde");
        d.Persoonlijk<OverlegBijeenkomst>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "VastgelegdDoor");
        d.NietPersoonlijk<OverlegBijeenkomst>("Id", "Agenda", "Datum", "OverlegorgaanId", "VastgelegdOp");
        d.NietPersoonlijk<BijeenkomstAanwezigheid>("BijeenkomstId", "OrganisatieId");
        d.NietPersoonlijk<Overlegorgaan>("Id", "Bron", "Code", "EenheidCode", "FrequentieOmschrijving", "LedenOmschrijving", "MinimaalPerJaar", "Naam", "Niveau", "Quorumregel", "RapporteertAan", "VastgelegdOp", "Voorzitter");
        d.NietPersoonlijk<OverlegorgaanLid>("OverlegorgaanId", "OrganisatieId");
        d.NietPersoonlijk<Tafel>("Id", "AangemaaktOp", "GastOrganisatieId", "GestartOp", "Grondslag", "Naam");
        d.Persoonlijk<TafelBijdrage>(Verwerkingsactiviteiten.Doorverwijzing, Gegevenscategorie.VrijeTekst, "TekstVersleuteld");
        d.NietPersoonlijk<TafelBijdrage>("Id", "Grondslag", "Op", "OrganisatieId", "SignaalId");
        d.NietPersoonlijk<TafelLid>("TafelId", "OrganisatieId");
        d.Persoonlijk<TafelSignaal>(Verwerkingsactiviteiten.Doorverwijzing, Gegevenscategorie.VrijeTekst, "BesluitRedenVersleuteld", "InhoudVersleuteld");
        d.NietPersoonlijk<TafelSignaal>("Id", "Besluit", "BesluitOntvangerId", "BesluitOp", "DoorverwijzingId", "InbrengerOrganisatieId", "IngebrachtOp", "MeldingId", "TafelId", "TriageId");
        d.Persoonlijk<Stakeholder>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "GewijzigdDoor");
        d.NietPersoonlijk<Stakeholder>("OrganisatieId", "Belang", "BelangOmschrijving", "Bereikbaarheid", "GewijzigdOp", "Invloed", "Rol", "Waarvoor");
        d.NietPersoonlijk<Indicator>("Code", "Actief", "Bron", "GewijzigdOp", "Groep", "LabelEn", "LabelNl", "Uitbuitingsvormen");
        d.NietPersoonlijk<IndicatorGroepTekst>("Groep", "Taal", "Naam");
        d.NietPersoonlijk<IndicatorTekst>("Code", "Taal", "Label");
        d.Persoonlijk<Verzendsleutel>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Identificerend, "OntvangstcodeVersleuteld");
        d.NietPersoonlijk<Verzendsleutel>("Id", "Bereik", "InhoudHash", "MeldingId", "SleutelHash", "VerlooptOp");
        d.Persoonlijk<Bijlage>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.VrijeTekst, "BestandsnaamVersleuteld", "InhoudVersleuteld");
        d.NietPersoonlijk<Bijlage>("Id", "BerichtId", "Grootte", "MeldingId", "Type", "Van");
        d.Persoonlijk<Melding>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Strafrechtelijk, "BetrokkenenVersleuteld");
        d.Persoonlijk<Melding>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Contact, "ContactVersleuteld");
        d.Persoonlijk<Melding>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "IndienerMedewerkerId");
        d.Persoonlijk<Melding>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.VrijeTekst, "OmschrijvingVersleuteld");
        d.Persoonlijk<Melding>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Identificerend, "OntvangstcodeHash", "PlaatsVersleuteld", "TijdstipVersleuteld");
        d.NietPersoonlijk<Melding>("Id", "AcuutGevaar", "ContactToestemming", "GemeenteCode", "Indicatoren", "IndienerClient", "IndienerOrganisatieId", "IngezienOp", "Kanaal", "MelderType", "MeldpuntOrganisatieId", "MinderjarigBetrokken", "OntvangenOp", "SamengevoegdMetId", "Sector", "Soort", "Status", "Taal", "TeruggekoppeldOp", "Uitbuitingsvormen", "Urgent");
        // Copies of the newest triage's plain values and of two moments (Meldpunt/Model/Melding.Trieer), as in MeldingTriage.
        d.NietPersoonlijk<Melding>("EersteDoorverwijzingOp", "EersteTriageOp", "TriageGemeenteCode", "TriageUrgentie", "TriageZijde");
        d.Persoonlijk<MeldingBericht>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.Persoonlijk<MeldingBericht>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.VrijeTekst, "TekstVersleuteld");
        d.NietPersoonlijk<MeldingBericht>("Id", "MeldingId", "Sjabloon", "Tijdstip", "Van");
        d.Persoonlijk<MeldingStatusHistorie>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<MeldingStatusHistorie>("Id", "Gebeurtenis", "MeldingId", "Naar", "Tijdstip", "Van");
        d.Persoonlijk<CoMenshaRegistratie>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<CoMenshaRegistratie>("Id", "DoorverwijzingId", "GeregistreerdOp", "Partijsoort", "VastgelegdOp");
        d.NietPersoonlijk<PartnerCijferRij>("Id", "Categorie", "Datum", "Document", "Gebied", "Gepubliceerd", "ImportId", "Maatstaf", "Periode", "PeriodeTot", "PeriodeVan", "Regel", "Sectie", "Waarde");
        d.Persoonlijk<PartnerImport>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "IngevoerdDoor");
        d.NietPersoonlijk<PartnerImport>("Id", "AantalRijen", "Bron", "FormulierSleutelHash", "IngetrokkenOp", "IngevoerdOp", "OrganisatieId", "Vingerafdruk");
        d.NietPersoonlijk<MonitorEditie>("Id", "AangemaaktOp", "Commentaren", "Conclusies", "Drempel", "EenheidCode", "Format", "FormatVersie", "GemeenteCodes", "GepubliceerdOp", "Inleiding", "IsDemo", "Jaar", "Momentopname", "ReeksId", "RegioCode", "RegioNaam", "Status", "Versie", "VorigeVersieId", "Wijzigingslog");
        d.Persoonlijk<MonitorOpmerking>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.Persoonlijk<MonitorOpmerking>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.VrijeTekst, "TekstVersleuteld");
        d.NietPersoonlijk<MonitorOpmerking>("Id", "EditieId", "Formuliersleutel", "Sectie", "Tijdstip");
        d.NietPersoonlijk<Notificatie>("Id", "AangemaaktOp", "GemaildOp", "Link", "OrganisatieId", "Rol", "Soort");
        d.Persoonlijk<NotificatieGelezen>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "MedewerkerId");
        d.NietPersoonlijk<NotificatieGelezen>("NotificatieId", "GelezenOp");
        d.Persoonlijk<BezettingSnapshot>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "ActorId");
        d.NietPersoonlijk<BezettingSnapshot>("Id", "Bezet", "BuitenGebruik", "Capaciteit", "PlekkenpoolId", "Tijdstip");
        d.NietPersoonlijk<EscalatieRegel>("Id", "Code", "PlaatsingsverzoekId", "Tijdstip");
        d.NietPersoonlijk<NachtZonderPlekRegel>("Id", "Nacht", "PlaatsingsverzoekId", "VastgelegdOp", "Verblijf");
        d.Persoonlijk<OnvervuldeVraagRegel>(Verwerkingsactiviteiten.Opvang, Gegevenscategorie.VrijeTekst, "Toelichting");
        d.NietPersoonlijk<OnvervuldeVraagRegel>("Id", "Criteria", "PlaatsingsverzoekId", "Reden", "Stap", "Tijdstip");
        d.NietPersoonlijk<Opvanglocatie>("Id", "AdresVersleuteld", "Breedtegraad", "Contact24Uur", "GeheimAdres", "GemeenteCode", "GemeenteNaam", "Lengtegraad", "Naam", "OrganisatieId");
        d.NietPersoonlijk<PlaatsingRegel>("Id", "OntslagenOp", "OpgenomenOp", "PlaatsingsverzoekId", "PlekkenpoolId", "ReserveringId", "Stap", "Uitstroom", "VerantwoordelijkeGemeenteCode");
        d.NietPersoonlijk<PlaatsingsbevoegdheidInstelling>("Id", "GewijzigdOp", "Regels");
        d.NietPersoonlijk<Plaatsingsverzoek>("Id", "AangemaaktOp", "AanvragerOrganisatieId", "Afgesloten", "Behoefte", "EersteOpvangBevestigdOp", "EersteOpvangOp", "GevondenInGemeenteCode", "GevondenOp", "InschrijvingsgemeenteCode", "Urgentie", "VerantwoordelijkeGemeenteCode", "VerstuurdeEscalaties", "VervolgGeregeldOp");
        d.NietPersoonlijk<Plekkenpool>("Id", "Bezet", "BijgewerktOp", "BuitenGebruik", "Capaciteit", "Criteria", "Fase", "Naam", "OpvanglocatieId", "Type", "Vastgehouden");
        d.Persoonlijk<Reservering>(Verwerkingsactiviteiten.Opvang, Gegevenscategorie.VrijeTekst, "Reden");
        d.NietPersoonlijk<Reservering>("Id", "AangemaaktOp", "AanvragerOrganisatieId", "AfgehandeldOp", "IdempotencyKey", "PlaatsingsverzoekId", "PlekkenpoolId", "Stap", "Status", "VerloopGemeldOp", "VerlooptOp");
        d.NietPersoonlijk<Organisatie>("Id", "Actief", "DagEnNacht", "Email", "GemeenteCode", "IsDemo", "Naam", "Openingstijden", "Partijcategorie", "Telefoon", "Toegetreden", "Type", "Website");
        d.NietPersoonlijk<OrganisatieWerkgebied>("OrganisatieId", "CbsCode");
        d.NietPersoonlijk<Basisteam>("Id", "Code", "DistrictId", "Naam");
        d.NietPersoonlijk<District>("Id", "Code", "EenheidCode", "Naam");
        d.NietPersoonlijk<Eenheid>("Code", "Naam");
        d.NietPersoonlijk<Gemeente>("CbsCode", "Deelregio", "EenheidCode", "Naam", "Zekerheid");
        d.NietPersoonlijk<GemeenteBasisteam>("CbsCode", "BasisteamId");
        d.NietPersoonlijk<GemeenteDistrict>("CbsCode", "DistrictId");
        d.NietPersoonlijk<Actie>("Id", "ActielijnId", "Betrokkenen", "DoelId", "Eigenaren", "Nummer", "PlanId", "PlanningOpslag", "PlanningTekst", "Status", "Tekst", "Volgorde", "Vormen");
        d.NietPersoonlijk<ActieEigenaar>("ActieId", "Naam", "GemeenteCode", "OrganisatieType");
        d.NietPersoonlijk<ActieEigenaarOrganisatie>("ActieId", "OrganisatieId", "Eigenaar");
        d.NietPersoonlijk<Actielijn>("Id", "Naam", "Nummer", "PlanId");
        d.Persoonlijk<BasisniveauAntwoord>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "BevestigdDoor");
        d.NietPersoonlijk<BasisniveauAntwoord>("Id", "BevestigdOp", "Bewijs", "GemeenteCode", "ItemCode", "OrganisatieId", "Stand");
        d.NietPersoonlijk<BasisniveauItem>("Code", "Actief", "BeeindigdOp", "Berekening", "Beschrijving", "Bron", "NaamEn", "NaamNl", "ToegevoegdOp", "Volgorde");
        d.NietPersoonlijk<Begrotingsregel>("Id", "ActieNummers", "ActielijnId", "Bedrag", "Jaar", "Label", "Volgorde");
        d.NietPersoonlijk<GemeenteBeleid>("GemeenteCode", "DocumentLink", "DocumentTitel", "EvaluatieIntervalJaren", "HerinneringVerstuurdVoor", "KennisDocumentId", "LaatsteEvaluatieOp", "VastgesteldOp");
        // The role that recorded a change, never the person: as the answers' organisation and role on reports.
        d.NietPersoonlijk<GemeenteBeleidVersie>("Id", "DocumentLink", "DocumentTitel", "EvaluatieIntervalJaren", "GemeenteCode", "KennisDocumentId", "LaatsteEvaluatieOp", "OrganisatieId", "Rol", "VastgelegdOp", "VastgesteldOp");
        d.NietPersoonlijk<OperationeelDoel>("Id", "ActielijnId", "BeoogdEffect", "Doeljaar", "Tekst", "Volgorde");
        d.NietPersoonlijk<Plan>("Id", "Bron", "BronLink", "Code", "EenheidCode", "GemeenteCode", "Naam", "Niveau", "TotJaar", "VanJaar");
        d.NietPersoonlijk<Tegenstrijdigheid>("Id", "BronA", "BronB", "Code", "Onderwerp", "PlanId", "Toelichting");
        d.NietPersoonlijk<Voortgang>("Id", "ActieId", "Formuliersleutel", "GemeldOp", "InhoudHash", "Jaar", "Kleur", "Kwartaal", "OrganisatieId", "Risicos", "SleutelHash", "Status", "Tekst", "VolgendeStap");
        d.Persoonlijk<AuditRegel>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "ActorId");
        d.NietPersoonlijk<AuditRegel>("Volgnummer", "Actie", "ActorType", "Hash", "Herkomst", "ObjectId", "ObjectType", "OrganisatieId", "Reden", "Resultaat", "Tijdstip", "VorigeHash");
        d.NietPersoonlijk<Sleutelcontrole>("Id", "AangemaaktOp", "Ontvangstcode", "Pseudoniem", "Versleuteld");
        // Several nodes (Features/Schaal): the shared data-protection key ring (encrypted key material) and who runs a job.
        d.NietPersoonlijk<Schaal.Sleutelring.Sleutelringsleutel>("Id", "Naam", "Xml");
        d.NietPersoonlijk<Schaal.Clustertaken.Taaklease>("Naam", "Houder", "VerlooptOp");
        d.Persoonlijk<Bewaarblokkade>(Verwerkingsactiviteiten.Bewaring, Gegevenscategorie.VrijeTekst, "RedenVersleuteld");
        d.Persoonlijk<Bewaarblokkade>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "GezetDoor", "OpgehevenDoor");
        d.NietPersoonlijk<Bewaarblokkade>("Id", "ObjectSoort", "ObjectId", "OrganisatieId", "EindDatum", "GezetOp", "OpgehevenOp");
        d.NietPersoonlijk<Verwijdering>("Id", "ObjectSoort", "ObjectId", "Regel", "VerwijderdOp", "Aantallen");
        VerklaarRechten(d);
        return d;
    }

    /// <summary>Requests of people concerned and the search keys beside the encrypted fields (Privacy/Rechten).</summary>
    private static void VerklaarRechten(Verklaringen d)
    {
        d.NietPersoonlijk<Melding>("ContactIngetrokkenOp", "Gepseudonimiseerd");
        d.NietPersoonlijk<MeldingTriage>("Gepseudonimiseerd");
        d.Persoonlijk<PersoonPseudoniem>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.Identificerend, "Pseudoniem");
        d.NietPersoonlijk<PersoonPseudoniem>("Id", "Bron", "MeldingId", "Soort", "TriageId");
        d.Persoonlijk<VerzoekBetrokkene>(Verwerkingsactiviteiten.Rechten, Gegevenscategorie.Identificerend, "NaamVersleuteld", "GeboortedatumVersleuteld");
        d.Persoonlijk<VerzoekBetrokkene>(Verwerkingsactiviteiten.Rechten, Gegevenscategorie.Contact, "TelefoonVersleuteld", "EmailVersleuteld");
        d.Persoonlijk<VerzoekBetrokkene>(Verwerkingsactiviteiten.Rechten, Gegevenscategorie.VrijeTekst, "AntwoordVersleuteld", "VerlengingRedenVersleuteld");
        d.Persoonlijk<VerzoekBetrokkene>(Verwerkingsactiviteiten.Medewerkers, Gegevenscategorie.Identificerend, "GeregistreerdDoor");
        d.NietPersoonlijk<VerzoekBetrokkene>("Id", "AfgehandeldOp", "GegevensVerwijderdOp", "GeregistreerdOp", "GezochtOp", "OntvangenOp", "OrganisatieId", "Soort", "Status", "TermijnGemeldOp", "Uiterlijk", "VerlengdOp");
        d.Persoonlijk<VerzoekTreffer>(Verwerkingsactiviteiten.Rechten, Gegevenscategorie.VrijeTekst, "ToelichtingVersleuteld", "OpheffingRedenVersleuteld");
        d.NietPersoonlijk<VerzoekTreffer>("Id", "BehandeldOp", "BeperkingOpgehevenOp", "Bronnen", "Grond", "MeldingId", "Sleutels", "Uitkomst", "VerzoekId");
    }
}
