using FsCheck.Xunit;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

/// <summary>The fast search shows exactly the first rows of the full ranking, for any pools and needs.</summary>
public class SnelzoekerTests
{
    private static readonly Coordinaat[] Plaatsen = [Maak.DenHaag, Maak.Delft, Maak.Rotterdam, Maak.Amsterdam, Maak.Groningen];

    private static List<PlekkenpoolAanbod> Pools(int[] zaden) => zaden.Select((zaad, i) =>
    {
        var z = (uint)zaad;
        var geslachten = Enum.GetValues<Geslacht>().Where((_, bit) => ((z / 3 % 7) + 1 & (1u << bit)) != 0).ToList();
        var vormen = Enum.GetValues<Uitbuitingsvorm>().Where((_, bit) => ((z / 7 % 31) + 1 & (1u << bit)) != 0).ToList();
        return Maak.Pool(
            i + 1,
            type: Enum.GetValues<Opvangtype>()[(int)(z / 11 % (uint)Enum.GetValues<Opvangtype>().Length)],
            fase: (Fase)(z % 3),
            criteria: new PlekkenpoolCriteria
            {
                Geslachten = geslachten, VerslavingToegelaten = z / 21 % 2 == 0, Uitbuitingsvormen = vormen,
                Talen = z / 5 % 3 == 0 ? ["nl", "pl"] : ["nl"], MinimumLeeftijd = z / 13 % 4 == 0 ? 16 : 18, MinderjarigenToegelaten = z / 13 % 4 == 0,
                MaximumLeeftijd = z / 17 % 3 == 0 ? 25 : null, Rolstoeltoegankelijk = z / 19 % 2 == 0,
                BedenktijdB8 = (BedenktijdB8Toelating)(z / 23 % 3), Beveiligingsniveau = (Beveiligingsniveau)(z / 29 % 3),
            },
            capaciteit: (int)(z / 42 % 4),
            bezet: (int)(z / 168 % 4),
            locatie: Plaatsen[z / 672 % 5],
            gemeente: z / 31 % 4 == 0 ? "GM0599" : "GM0518",
            zonderLocatie: z / 37 % 9 == 0,
            bijgewerktGeleden: TimeSpan.FromHours(z / 3360 % 12));
    }).ToList();

    private static Behoefte Behoefte(uint v) => (v % 2 == 0 ? Maak.Vrouw() : Maak.Man()) with
    {
        Leeftijdscategorie = v / 2 % 3 == 0 ? Leeftijdscategorie.Van16Tot17 : Leeftijdscategorie.Van23Tot29,
        Verslaving = v / 6 % 2 == 0,
        Uitbuitingsvormen = v / 12 % 3 == 0 ? [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Arbeid] : [Uitbuitingsvorm.Onbekend],
        Talen = v / 36 % 2 == 0 ? ["pl"] : ["nl", "en"],
        Rolstoel = v / 72 % 3 == 0,
        BedenktijdB8 = (JaNeeOnbekend)(v / 216 % 3),
        MinimaalBeveiligingsniveau = (Beveiligingsniveau)(v / 648 % 3),
        Zoeklocatie = v / 1944 % 2 == 0 ? Maak.Delft : null,
        Veiligheid = v / 3888 % 2 == 0 ? new Veiligheidseisen { UitgeslotenGemeenten = ["gm0599"], AfstandVan = Maak.Rotterdam, MinimaleAfstandKm = 20 } : Veiligheidseisen.Geen,
    };

    [Property(MaxTest = 300)]
    public bool Toont_de_passende_pools_en_de_tien_beste_bijna_matches_van_de_volledige_rangschikking(int[] zaden, uint variant, bool vervolg)
    {
        var pools = Pools(zaden);
        var behoefte = Behoefte(variant);
        var stap = vervolg ? Stap.Vervolgplaatsing : Stap.EersteOpvang;
        var volledig = Matcher.Rangschik(behoefte, stap, pools, Maak.Nu);
        var verwacht = volledig.Where(r => r.Past).Concat(volledig.Where(r => !r.Past).Take(10)).ToList();

        // One page as large as the country: every fitting pool, as the full ranking has them.
        var snel = Snelzoeker.Zoek(Guid.Empty, behoefte, stap, pools.Select(p => new Zoekpool(p)).ToList(), i => pools[i].Beschikbaarheid, Maak.Nu,
            maxBijna: 10, overslaan: 0, maxPassend: pools.Count + 1);

        var onvervuld = OnvervuldeVraag.UitZoekresultaat(Guid.Empty, behoefte, stap, volledig, Maak.Nu);
        return snel.Getoond.Count == verwacht.Count
            && snel.Passend == volledig.Count(r => r.Past)
            && snel.Getoond.Zip(verwacht).All(p => p.First.Pool.Id == p.Second.Pool.Id && p.First.Rang == p.Second.Rang && p.First.Past == p.Second.Past
                && p.First.Redenen.SequenceEqual(p.Second.Redenen) && p.First.NietVervuld.Select(n => n.Uitleg).SequenceEqual(p.Second.NietVervuld.Select(n => n.Uitleg)))
            && (onvervuld is null
                ? snel.Onvervuld is null
                : snel.Onvervuld is { } o && o.Reden == onvervuld.Reden && o.NietVervuldeCriteria.SequenceEqual(onvervuld.NietVervuldeCriteria));
    }

    [Property(MaxTest = 300)]
    public bool Een_pagina_toont_die_passende_pools_van_de_volledige_rangschikking_met_hun_rang(int[] zaden, uint variant, bool vervolg, byte pagina)
    {
        var pools = Pools(zaden);
        var behoefte = Behoefte(variant);
        var stap = vervolg ? Stap.Vervolgplaatsing : Stap.EersteOpvang;
        const int grootte = 3;
        var overslaan = pagina % 4 * grootte;
        var volledig = Matcher.Rangschik(behoefte, stap, pools, Maak.Nu);
        var verwacht = volledig.Where(r => r.Past).Skip(overslaan).Take(grootte).Concat(volledig.Where(r => !r.Past).Take(10)).ToList();

        var snel = Snelzoeker.Zoek(Guid.Empty, behoefte, stap, pools.Select(p => new Zoekpool(p)).ToList(), i => pools[i].Beschikbaarheid, Maak.Nu,
            maxBijna: 10, overslaan: overslaan, maxPassend: grootte);

        return snel.Passend == volledig.Count(r => r.Past)
            && snel.Getoond.Select(r => (r.Pool.Id, r.Rang, r.Past, string.Join('|', r.Redenen)))
                .SequenceEqual(verwacht.Select(r => (r.Pool.Id, r.Rang, r.Past, string.Join('|', r.Redenen))));
    }
}
