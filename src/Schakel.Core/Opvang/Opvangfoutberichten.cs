namespace Schakel.Core.Opvang;

/// <summary>
/// Codes of the shelter's refusals and errors (404, 403, 409, 400 details) and of its field validation, so the
/// staff pages say them in the reader's language; the API keeps the Dutch text as its detail and adds the code.
/// </summary>
public static class Opvangfoutberichten
{
    public const string PoolBestaatNiet = "opvang.fout.pool-bestaat-niet";
    public const string VerzoekBestaatNiet = "opvang.fout.verzoek-bestaat-niet";
    public const string ReserveringBestaatNiet = "opvang.fout.reservering-bestaat-niet";
    public const string PlaatsingBestaatNiet = "opvang.fout.plaatsing-bestaat-niet";
    public const string AlleenEigenOpvang = "opvang.fout.alleen-eigen-opvang";
    public const string AlleenAanvragers = "opvang.fout.alleen-aanvragers";
    public const string AlleenPlaatsers = "opvang.fout.alleen-plaatsers";
    public const string AlleenOpvangBevestigt = "opvang.fout.alleen-opvang-bevestigt";
    public const string AlleenAanvragerAnnuleert = "opvang.fout.alleen-aanvrager-annuleert";
    public const string AlGeregeld = "opvang.fout.al-geregeld";
    public const string GeenPlekMeer = "opvang.fout.geen-plek-meer";
    public const string SleutelGebruikt = "opvang.fout.sleutel-gebruikt";
    public const string SleutelAnders = "opvang.fout.sleutel-anders";
    public const string NietMeerActief = "opvang.fout.niet-meer-actief";
    public const string PlaatsingBeeindigd = "opvang.fout.plaatsing-beeindigd";
    public const string RedenNodig = "opvang.fout.reden-nodig";
    public const string UitstroomDatum = "opvang.fout.uitstroomdatum";
    public const string Contact = "opvang.fout.contact";

    public const string Geslachten = "opvang.veld.geslachten";
    public const string MinimumLeeftijd = "opvang.veld.minimum-leeftijd";
    public const string MaximumLeeftijd = "opvang.veld.maximum-leeftijd";
    public const string MinderjarigenLeeftijd = "opvang.veld.minderjarigen-leeftijd";
    public const string Uitbuitingsvormen = "opvang.veld.uitbuitingsvormen";
    public const string TalenPool = "opvang.veld.talen-pool";
    public const string Organisatietypen = "opvang.veld.organisatietypen";
    public const string BezetNegatief = "opvang.veld.bezet-negatief";
    public const string BuitenGebruikNegatief = "opvang.veld.buiten-gebruik-negatief";
    public const string MeerDanCapaciteit = "opvang.veld.meer-dan-capaciteit";
    public const string Duur = "opvang.veld.duur";
    public const string Escalatie = "opvang.veld.escalatie";
    public const string VervolgEscalaties = "opvang.veld.vervolg-escalaties";
    public const string MinderjarigLeeftijd = "opvang.veld.minderjarig-leeftijd";
    public const string TalenVerzoek = "opvang.veld.talen-verzoek";
    public const string Gemeenten = "opvang.veld.gemeenten";
    public const string Afstand = "opvang.veld.afstand";
    public const string AfstandVan = "opvang.veld.afstand-van";
    public const string Coordinaat = "opvang.veld.coordinaat";
    public const string OpeningstijdenLeeg = "opvang.openingstijden.leeg";
    public const string OpeningstijdenOnbegrijpelijk = "opvang.openingstijden.onbegrijpelijk";

    public const string AltijdBereikbaar = "opvang.bereikbaar.altijd";
    public const string BereikbaarheidOnbekend = "opvang.bereikbaar.onbekend";
    public const string NuBereikbaar = "opvang.bereikbaar.nu";
    public const string NietBereikbaar = "opvang.bereikbaar.niet";
    public const string WeerBereikbaar = "opvang.bereikbaar.weer";
    public const string Vandaag = "opvang.bereikbaar.vandaag";
    public const string Morgen = "opvang.bereikbaar.morgen";
    public const string OpDag = "opvang.bereikbaar.dag";
    public const string DagMa = "dag.ma";
    public const string DagDi = "dag.di";
    public const string DagWo = "dag.wo";
    public const string DagDo = "dag.do";
    public const string DagVr = "dag.vr";
    public const string DagZa = "dag.za";
    public const string DagZo = "dag.zo";
}
