using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Privacy.Declaraties;

/// <summary>The kinds of personal data the AVG distinguishes, as the register of processing lists them.</summary>
public enum Gegevenscategorie
{
    /// <summary>Names, identifiers, pseudonyms and staff ids: data that points to one person.</summary>
    Identificerend,
    /// <summary>Special categories (art. 9 AVG): health, sexual life, origin.</summary>
    Bijzonder,
    /// <summary>Criminal data (art. 10 AVG): suspicions of trafficking about a named person.</summary>
    Strafrechtelijk,
    /// <summary>Telephone numbers, e-mail and postal addresses.</summary>
    Contact,
    /// <summary>Free text: whatever a person typed, which can hold every other category.</summary>
    VrijeTekst,
}

/// <summary>
/// One retention period: for one kind of record in one status, how long after which moment its personal fields stay.
/// <paramref name="Handhaving"/> says what removes them when the period ends (the retention job, another job, or a person).
/// </summary>
public sealed record Bewaarregel(
    string Code, string Recordsoort, string Status, string Vanaf, int StandaardDagen, string Bron, string Handhaving);

/// <summary>
/// A processing activity (AVG art. 30): a purpose, on a legal basis, about categories of people, owned by one kind of
/// organisation, with its retention periods and security measures. Personal fields point at one of these.
/// </summary>
public sealed record Verwerking(
    string Code,
    string Naam,
    string Doel,
    string Grondslag,
    IReadOnlyList<string> Betrokkenen,
    OrganisatieType Eigenaar,
    IReadOnlyList<Bewaarregel> Bewaarregels,
    IReadOnlyList<string> Beveiliging,
    bool GedeeldMetKetenpartners = false);

/// <summary>One declared personal field: entity, property (a column of the EF model), category and its processing activity.</summary>
public sealed record Veldverklaring(Type Entiteit, string Eigenschap, Gegevenscategorie Categorie, Verwerking Verwerking, bool Versleuteld);

/// <summary>
/// Every property of the EF model, declared either personal (with category and processing activity) or non-personal.
/// The declaration lives in <see cref="Persoonsgegevens"/>; DeclaratiesTests walks the model of both providers and fails
/// on any property declared neither way.
/// </summary>
public sealed class Verklaringen
{
    private readonly Dictionary<(Type, string), Veldverklaring> _persoonlijk = [];
    private readonly HashSet<(Type, string)> _nietPersoonlijk = [];

    public static Verklaringen Alle { get; } = Persoonsgegevens.Verklaar(new Verklaringen());

    public IReadOnlyList<Verwerking> Verwerkingen => Verwerkingsactiviteiten.Alle;
    public IReadOnlyCollection<Veldverklaring> PersoonlijkeVelden => _persoonlijk.Values;
    public IReadOnlyCollection<(Type Entiteit, string Eigenschap)> NietPersoonlijkeVelden => _nietPersoonlijk;

    public Veldverklaring? Persoonlijk(Type entiteit, string eigenschap) => _persoonlijk.GetValueOrDefault((entiteit, eigenschap));

    public bool IsVerklaard(Type entiteit, string eigenschap) =>
        _persoonlijk.ContainsKey((entiteit, eigenschap)) || _nietPersoonlijk.Contains((entiteit, eigenschap));

    public IEnumerable<Veldverklaring> VeldenVan(Verwerking verwerking) => _persoonlijk.Values.Where(v => v.Verwerking == verwerking);

    /// <summary>A property that can hold personal data. Declared once: a second declaration is a mistake and throws.</summary>
    public Verklaringen Persoonlijk<T>(Verwerking verwerking, Gegevenscategorie categorie, params string[] eigenschappen) =>
        Persoonlijk(typeof(T), verwerking, categorie, eigenschappen);

    public Verklaringen Persoonlijk(Type entiteit, Verwerking verwerking, Gegevenscategorie categorie, params string[] eigenschappen)
    {
        foreach (var e in eigenschappen)
        {
            Controleer(entiteit, e);
            _persoonlijk[(entiteit, e)] = new Veldverklaring(entiteit, e, categorie, verwerking, e.EndsWith("Versleuteld", StringComparison.Ordinal));
        }
        return this;
    }

    /// <summary>Properties that hold no personal data: keys, codes, counts, statuses, moments, policy texts.</summary>
    public Verklaringen NietPersoonlijk<T>(params string[] eigenschappen) => NietPersoonlijk(typeof(T), eigenschappen);

    public Verklaringen NietPersoonlijk(Type entiteit, params string[] eigenschappen)
    {
        foreach (var e in eigenschappen)
        {
            Controleer(entiteit, e);
            _nietPersoonlijk.Add((entiteit, e));
        }
        return this;
    }

    private void Controleer(Type entiteit, string eigenschap)
    {
        if (IsVerklaard(entiteit, eigenschap))
        {
            throw new InvalidOperationException($"{entiteit.Name}.{eigenschap} is twee keer verklaard.");
        }
    }
}
