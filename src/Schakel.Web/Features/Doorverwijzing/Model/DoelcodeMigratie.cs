namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>
/// The migration WerkplekDoorverwijzingCodes gives old referrals their purpose key: their purpose was stored as the
/// proposing rule's Dutch name, so a row whose purpose is exactly a default rule's name gets that rule's code. Other
/// purposes (typed by staff) stay as text. The names are those of the default route when purposes became codes, frozen
/// here so the migration means the same on every database; plain SQL, the same on SQLite and PostgreSQL.
/// </summary>
public static class DoelcodeMigratie
{
    private static readonly (string Code, string Naam)[] Regels =
    [
        ("acuut-gevaar", "Acuut gevaar"),
        ("minderjarige", "Minderjarige betrokken"),
        ("slachtofferkant", "Slachtofferkant"),
        ("daderkant-aanknopingspunt", "Daderkant met aanknopingspunt"),
        ("arbeidsuitbuiting", "Arbeidsuitbuiting"),
        ("illegale-prostitutie-malafide-bedrijf", "Illegale prostitutie of malafide bedrijf"),
        ("melder-gemeentemedewerker", "Melding van een gemeentemedewerker"),
        ("registratie-comensha", "Registratie vermoedelijk slachtoffer"),
        ("gemeente-informeren", "Gemeente van de melding informeren"),
    ];

    public static IEnumerable<string> Opdrachten => Regels.Select(r =>
        $"UPDATE doorverwijzingen SET \"DoelCode\" = '{r.Code}', \"Doel\" = '' WHERE \"DoelCode\" IS NULL AND TRIM(\"Doel\") = '{r.Naam}';");
}
