namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>
/// One page of a search's fitting pools, numbered from 1, as the request page and the API ask for it. Only the pools of
/// the page are ranked and explained, so a lenient need in a full country costs no more than a strict one. A page
/// beyond the last is empty, never an error; the skip is computed without overflow for any page number.
/// </summary>
public readonly record struct Zoekpagina(int Pagina, int Grootte)
{
    public const int StandaardGrootte = 20;
    public const int MaximaleGrootte = 100;

    public static Zoekpagina Eerste => new(1, StandaardGrootte);

    public int Overslaan => (int)Math.Min((long)(Math.Max(1, Pagina) - 1) * Grootte, int.MaxValue);

    /// <summary>At least one page, also when nothing fits (the page then says so).</summary>
    public int AantalPaginas(int passend) => Math.Max(1, (int)(((long)passend + Grootte - 1) / Grootte));
}
