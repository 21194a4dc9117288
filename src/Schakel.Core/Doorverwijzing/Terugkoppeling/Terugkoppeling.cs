using System.Text.RegularExpressions;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Which templated message a reporter gets, by resource key and language. The texts live in the web
/// layer's resource files (one per language); a key here never takes a parameter, so a template cannot
/// name a partner or a person. Staff-written messages are checked with <see cref="GenoemdePartners"/>.
/// </summary>
public static class Terugkoppeling
{
    public const string StandaardTaal = "nl";

    /// <summary>Dutch, easy Dutch (B1), English, Polish, Bulgarian, Romanian.</summary>
    public static readonly IReadOnlyList<string> Talen = ["nl", "nl-B1", "en", "pl", "bg", "ro"];

    public const string SleutelOntvangen = "terugkoppeling.ontvangen";
    public const string SleutelInBehandeling = "terugkoppeling.in-behandeling";
    public const string SleutelDoorgezet = "terugkoppeling.doorgezet";
    public const string SleutelAfgerond = "terugkoppeling.afgerond";
    public const string SleutelNietOntvankelijk = "terugkoppeling.niet-ontvankelijk";
    public const string SleutelSamengevoegd = "terugkoppeling.samengevoegd";
    public const string SleutelHeropend = "terugkoppeling.heropend";

    public static readonly IReadOnlyList<string> AlleSleutels =
    [
        SleutelOntvangen, SleutelInBehandeling, SleutelDoorgezet, SleutelAfgerond,
        SleutelNietOntvankelijk, SleutelSamengevoegd, SleutelHeropend,
    ];

    /// <summary>
    /// What a partner's outcome may be passed on to the reporter as, chosen by the reporting point. Fixed texts without
    /// parameters, so no partner, person or place can be named; rendered in the reporter's language.
    /// </summary>
    public static readonly IReadOnlyList<string> UitkomstSleutels =
    [
        "terugkoppeling.uitkomst-hulp-aangeboden",
        "terugkoppeling.uitkomst-opvang-geregeld",
        "terugkoppeling.uitkomst-onderzoek-gestart",
        "terugkoppeling.uitkomst-controle-uitgevoerd",
        "terugkoppeling.uitkomst-geen-vervolg",
    ];

    public static MelderStatus MelderStatusVan(MeldingStatus status) => status switch
    {
        MeldingStatus.Ontvangen => MelderStatus.Ontvangen,
        MeldingStatus.Doorverwezen or MeldingStatus.InBehandeling => MelderStatus.Doorgezet,
        MeldingStatus.Afgerond or MeldingStatus.NietOntvankelijk => MelderStatus.Afgerond,
        _ => MelderStatus.InBehandeling,
    };

    /// <summary>The automatic acknowledgement placed on every report at receipt.</summary>
    public static TerugkoppelingSjabloon Ontvangst(string? taal) =>
        new(SleutelOntvangen, KiesTaal(taal), MelderStatus.Ontvangen);

    /// <summary>
    /// The message for a status change, or null when the reporter would see no difference
    /// (doorverwezen → in behandeling both read "doorgezet").
    /// </summary>
    public static TerugkoppelingSjabloon? BijStatuswijziging(MeldingStatus van, MeldingStatus naar, string? taal)
    {
        var melderStatus = MelderStatusVan(naar);
        var sleutel = naar switch
        {
            MeldingStatus.NietOntvankelijk => SleutelNietOntvankelijk,
            // Merged reports are not mentioned as such: the reporter must not learn that others reported too.
            MeldingStatus.Samengevoegd => SleutelSamengevoegd,
            MeldingStatus.Heropend => SleutelHeropend,
            _ when melderStatus == MelderStatusVan(van) => null,
            _ => SleutelVoor(melderStatus),
        };
        return sleutel is null ? null : new TerugkoppelingSjabloon(sleutel, KiesTaal(taal), melderStatus);
    }

    /// <summary>
    /// The supported language for a requested one: "en-GB" gives "en", "nl-b1" gives "nl-B1",
    /// anything unknown gives Dutch.
    /// </summary>
    public static string KiesTaal(string? gevraagd)
    {
        if (string.IsNullOrWhiteSpace(gevraagd))
        {
            return StandaardTaal;
        }

        var exact = Talen.FirstOrDefault(t => string.Equals(t, gevraagd.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var basis = gevraagd.Trim().Split('-', '_')[0];
        return Talen.FirstOrDefault(t => string.Equals(t, basis, StringComparison.OrdinalIgnoreCase)) ?? StandaardTaal;
    }

    /// <summary>
    /// Partner names or kinds a message text mentions; staff see them before sending and must choose
    /// to keep them. Acronyms match case-sensitively, so "shop" in a sentence is not SHOP.
    /// </summary>
    public static IReadOnlyList<string> GenoemdePartners(string tekst, IEnumerable<string> organisatienamen)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        return organisatienamen.Concat(Partnerwoorden)
            .Where(n => !string.IsNullOrWhiteSpace(n) && Noemt(tekst, n.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static readonly string[] Partnerwoorden =
    [
        "politie", "AVIM", "marechaussee", "KMar", "Arbeidsinspectie", "NLA", "Openbaar Ministerie", "RIEC", "HEIT",
        "Veilig Thuis", "CoMensha", "SHOP", "zorgcoördinator", "zorgcoördinatie", "Zorg- en Veiligheidshuis",
        "aandachtsfunctionaris",
    ];

    private static bool Noemt(string tekst, string naam)
    {
        var opties = naam.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? RegexOptions.None : RegexOptions.IgnoreCase;
        return Regex.IsMatch(tekst, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(naam)}(?![\p{{L}}\p{{N}}])",
            opties | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string SleutelVoor(MelderStatus status) => status switch
    {
        MelderStatus.Ontvangen => SleutelOntvangen,
        MelderStatus.Doorgezet => SleutelDoorgezet,
        MelderStatus.Afgerond => SleutelAfgerond,
        _ => SleutelInBehandeling,
    };
}

/// <summary>A templated reporter message: the resource key, the language to render it in and the status shown.</summary>
public sealed record TerugkoppelingSjabloon(string Sleutel, string Taal, MelderStatus MelderStatus);
