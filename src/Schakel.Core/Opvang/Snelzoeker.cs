using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

/// <summary>
/// A pool's criteria as compact values, worked out once when the pool is loaded (not per search): bit masks for
/// genders and forms of exploitation, flags, bounds. <see cref="Aanbod"/> is the pool as the matcher sees it, with the
/// figures of the moment it was loaded; a search puts in the figures of its own moment.
/// </summary>
public sealed class Zoekpool
{
    public Zoekpool(PlekkenpoolAanbod aanbod)
    {
        ArgumentNullException.ThrowIfNull(aanbod);
        Aanbod = aanbod;
        var c = aanbod.Criteria;
        foreach (var g in c.Geslachten)
        {
            Geslachten |= 1UL << (int)g;
        }
        foreach (var v in c.Uitbuitingsvormen)
        {
            Vormen |= 1UL << (int)v;
        }
        Talen = [.. c.Talen];
    }

    public PlekkenpoolAanbod Aanbod { get; }
    internal ulong Geslachten { get; }
    internal ulong Vormen { get; }
    internal string[] Talen { get; }
}

/// <summary>
/// The search at the speed of the board: every pool is tested with bit tests and compared on cheap keys, and only
/// the rows that are shown — one page of fitting pools and at most <c>maxBijna</c> near misses — are ranked and explained by
/// <see cref="Matcher"/>. Because fitting pools always rank before near misses, this gives exactly those rows of
/// <see cref="Matcher.Rangschik"/> over all pools (the reference the property tests hold it to), with the same ranks,
/// reasons and failing criteria. There is no path that explains every fitting pool: with a country of pools that is
/// what made a search cost a hundred milliseconds.
/// </summary>
public static class Snelzoeker
{
    public sealed record Uitkomst(IReadOnlyList<Matchresultaat> Getoond, int Passend, OnvervuldeVraag? Onvervuld);

    /// <param name="beschikbaarheid">The figures of pool i at <paramref name="nu"/> (live holds counted by expiry time).</param>
    /// <param name="overslaan">Fitting pools to skip (a page further on); the near misses follow every page.</param>
    /// <param name="maxPassend">Fitting pools to show at most (a page); <see cref="Uitkomst.Passend"/> still counts them all.</param>
    public static Uitkomst Zoek(Guid verzoekId, Behoefte behoefte, Stap stap, IReadOnlyList<Zoekpool> pools,
        Func<int, Beschikbaarheid> beschikbaarheid, DateTimeOffset nu, int maxBijna, int overslaan, int maxPassend)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(overslaan);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPassend, 1);
        // A page far beyond the last keeps no more than every fitting pool; the sum cannot overflow.
        var topPassend = (int)Math.Min((long)overslaan + maxPassend, int.MaxValue);
        ArgumentNullException.ThrowIfNull(behoefte);
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(beschikbaarheid);
        var vraag = new Vraag(behoefte);
        var passendeTypen = behoefte.PassendeTypen();
        var getoond = new List<PlekkenpoolAanbod>();
        var bestePassend = new List<Sleutel>();
        var passend = 0;
        var bijna = new List<Sleutel>(maxBijna + 1);
        var minsteZonderCapaciteit = int.MaxValue;
        uint criteriaBijMinste = 0;
        var alleenCapaciteit = false;

        for (var i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            var figuren = beschikbaarheid(i);
            var fouten = vraag.Fouten(pool, figuren.Beschikbaar);
            if (fouten == 0)
            {
                passend++;
                VoegToe(bestePassend, new Sleutel(i, 0, behoefte, stap, pool.Aanbod, figuren, passendeTypen, nu), topPassend);
                continue;
            }
            var zonderCapaciteit = fouten & ~(1u << (int)Criterium.Capaciteit);
            var aantal = System.Numerics.BitOperations.PopCount(zonderCapaciteit);
            if (aantal == 0)
            {
                alleenCapaciteit = true;
            }
            else if (aantal < minsteZonderCapaciteit)
            {
                minsteZonderCapaciteit = aantal;
                criteriaBijMinste = zonderCapaciteit;
            }
            else if (aantal == minsteZonderCapaciteit)
            {
                criteriaBijMinste |= zonderCapaciteit;
            }
            if (maxBijna > 0)
            {
                VoegToe(bijna, new Sleutel(i, System.Numerics.BitOperations.PopCount(fouten), behoefte, stap, pool.Aanbod, figuren, passendeTypen, nu), maxBijna);
            }
        }

        getoond.AddRange(bestePassend.Skip(overslaan).Select(s => pools[s.Index].Aanbod with { Beschikbaarheid = beschikbaarheid(s.Index) }));
        var opDezePagina = getoond.Count;
        getoond.AddRange(bijna.Select(s => pools[s.Index].Aanbod with { Beschikbaarheid = beschikbaarheid(s.Index) }));
        // Ranked among themselves, then numbered as in the full ranking: a page's fitting pools after those skipped,
        // the near misses after every fitting pool.
        var rangschikking = Matcher.Rangschik(behoefte, stap, getoond, nu)
            .Select((r, i) => r with { Rang = i < opDezePagina ? overslaan + i + 1 : passend + (i - opDezePagina) + 1 })
            .ToList();
        OnvervuldeVraag? onvervuld = null;
        if (passend == 0)
        {
            onvervuld = alleenCapaciteit || minsteZonderCapaciteit == int.MaxValue
                ? OnvervuldeVraag.Voor(verzoekId, behoefte, stap, OnvervuldeVraagReden.GeenCapaciteit, [], nu)
                : OnvervuldeVraag.Voor(verzoekId, behoefte, stap, OnvervuldeVraagReden.CriteriaNietVervuld,
                    [.. Enum.GetValues<Criterium>().Where(c => (criteriaBijMinste & (1u << (int)c)) != 0).Order()], nu);
        }
        return new Uitkomst(rangschikking, passend, onvervuld);
    }

    /// <summary>Keeps the best <paramref name="max"/> near misses, in the matcher's order.</summary>
    private static void VoegToe(List<Sleutel> lijst, Sleutel nieuw, int max)
    {
        if (lijst.Count == max && nieuw.CompareTo(lijst[^1]) >= 0)
        {
            return;
        }
        var plek = lijst.BinarySearch(nieuw);
        lijst.Insert(plek < 0 ? ~plek : plek, nieuw);
        if (lijst.Count > max)
        {
            lijst.RemoveAt(lijst.Count - 1);
        }
    }

    /// <summary>The matcher's order (<see cref="Matcher"/>) as plain values, for choosing the near misses to show.</summary>
    private readonly struct Sleutel : IComparable<Sleutel>
    {
        public Sleutel(int index, int fouten, Behoefte b, Stap stap, PlekkenpoolAanbod p, Beschikbaarheid figuren, IReadOnlyList<Opvangtype> passendeTypen, DateTimeOffset nu)
        {
            Index = index;
            Fouten = fouten;
            var typeIndex = IndexVan(passendeTypen, p.Type);
            TypeVoorkeur = stap == Stap.Vervolgplaatsing && typeIndex >= 0 ? typeIndex : int.MaxValue;
            FasePast = stap == Stap.EersteOpvang ? p.Fase == Fase.Crisis : p.Fase != Fase.Crisis;
            Stap = stap;
            PlekVrij = figuren.HeeftPlekVrij;
            Afstand = b.Zoeklocatie is { } van && p.Locatie is { } naar ? van.AfstandKm(naar) : double.MaxValue;
            Versheid = figuren.VersheidOp(nu);
            Beschikbaar = figuren.Beschikbaar;
            Id = p.Id;
        }

        public int Index { get; }
        private int Fouten { get; }
        private int TypeVoorkeur { get; }
        private bool FasePast { get; }
        private Stap Stap { get; }
        private bool PlekVrij { get; }
        private double Afstand { get; }
        private Versheid Versheid { get; }
        private int Beschikbaar { get; }
        private Guid Id { get; }

        public int CompareTo(Sleutel b)
        {
            int v;
            if ((v = Fouten.CompareTo(b.Fouten)) != 0
                || (Stap == Stap.Vervolgplaatsing && (v = TypeVoorkeur.CompareTo(b.TypeVoorkeur)) != 0)
                || (v = b.FasePast.CompareTo(FasePast)) != 0
                || (v = b.PlekVrij.CompareTo(PlekVrij)) != 0
                || (v = Afstand.CompareTo(b.Afstand)) != 0
                || (v = Versheid.CompareTo(b.Versheid)) != 0
                || (v = b.Beschikbaar.CompareTo(Beschikbaar)) != 0)
            {
                return v;
            }
            return Id.CompareTo(b.Id);
        }

        private static int IndexVan(IReadOnlyList<Opvangtype> typen, Opvangtype type)
        {
            for (var i = 0; i < typen.Count; i++)
            {
                if (typen[i] == type)
                {
                    return i;
                }
            }
            return -1;
        }
    }

    /// <summary>The need compiled once per search into the same tests as <see cref="Criteriatoets"/>, as bits.</summary>
    private sealed class Vraag
    {
        private readonly ulong _geslacht;
        private readonly (int Min, int? Max)? _leeftijd;
        private readonly bool _minderjarig;
        private readonly ulong _vormen;
        private readonly Behoefte _b;
        private readonly string[] _talen;
        private readonly HashSet<string>? _uitgesloten;

        public Vraag(Behoefte b)
        {
            _b = b;
            _geslacht = 1UL << (int)b.Geslacht;
            _leeftijd = b.Leeftijdscategorie.Bereik();
            _minderjarig = b.IsMinderjarig;
            foreach (var v in b.Uitbuitingsvormen.Where(v => v != Uitbuitingsvorm.Onbekend))
            {
                _vormen |= 1UL << (int)v;
            }
            _talen = [.. b.Talen];
            _uitgesloten = b.Veiligheid.UitgeslotenGemeenten.Count > 0 ? new(b.Veiligheid.UitgeslotenGemeenten, StringComparer.OrdinalIgnoreCase) : null;
        }

        /// <summary>One bit per failing <see cref="Criterium"/>.</summary>
        public uint Fouten(Zoekpool p, int beschikbaar)
        {
            var c = p.Aanbod.Criteria;
            uint f = 0;
            if ((p.Geslachten & _geslacht) == 0)
            {
                f |= Bit(Criterium.Geslacht);
            }
            if (_leeftijd is { } band && !(band.Min >= c.MinimumLeeftijd && (c.MaximumLeeftijd is not { } boven || (band.Max is { } m && m <= boven))))
            {
                f |= Bit(Criterium.Leeftijd);
            }
            if (_minderjarig && !c.MinderjarigenToegelaten)
            {
                f |= Bit(Criterium.Minderjarig);
            }
            if ((_vormen & ~p.Vormen) != 0)
            {
                f |= Bit(Criterium.Uitbuitingsvorm);
            }
            if (_b.Multiproblematiek && !c.MultiproblematiekToegelaten)
            {
                f |= Bit(Criterium.Multiproblematiek);
            }
            if (_b.Verslaving && !c.VerslavingToegelaten)
            {
                f |= Bit(Criterium.Verslaving);
            }
            if (_talen.Length > 0 && !Gedeeld(_talen, p.Talen))
            {
                f |= Bit(Criterium.Taal);
            }
            if (_b.Rolstoel && !c.Rolstoeltoegankelijk)
            {
                f |= Bit(Criterium.Rolstoel);
            }
            if (_b.KinderenMee && !c.KinderenWelkom)
            {
                f |= Bit(Criterium.KinderenMee);
            }
            if ((_b.BedenktijdB8, c.BedenktijdB8) is (JaNeeOnbekend.Ja, BedenktijdB8Toelating.NietToegelaten) or (JaNeeOnbekend.Nee, BedenktijdB8Toelating.Vereist))
            {
                f |= Bit(Criterium.BedenktijdB8);
            }
            if (_b.MinimaalBeveiligingsniveau > Beveiligingsniveau.Standaard && c.Beveiligingsniveau < _b.MinimaalBeveiligingsniveau)
            {
                f |= Bit(Criterium.Beveiligingsniveau);
            }
            if (_uitgesloten is not null && _uitgesloten.Contains(p.Aanbod.GemeenteCode))
            {
                f |= Bit(Criterium.UitgeslotenGemeente);
            }
            if (_b.Veiligheid is { MinimaleAfstandKm: { } minimum, AfstandVan: { } punt }
                && (p.Aanbod.Locatie is not { } locatie || locatie.AfstandKm(punt) < minimum))
            {
                f |= Bit(Criterium.MinimaleAfstand);
            }
            if (beschikbaar <= 0)
            {
                f |= Bit(Criterium.Capaciteit);
            }
            return f;
        }

        private static uint Bit(Criterium c) => 1u << (int)c;

        private static bool Gedeeld(string[] gevraagd, string[] gesproken)
        {
            foreach (var t in gevraagd)
            {
                foreach (var s in gesproken)
                {
                    if (string.Equals(t, s, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
