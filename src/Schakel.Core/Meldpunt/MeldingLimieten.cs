namespace Schakel.Core.Meldpunt;

/// <summary>Size limits on every field: a public form is an open door, and long texts are rarely better reports.</summary>
public static class MeldingLimieten
{
    public const int Omschrijving = 5000;
    public const int Reactie = 5000;
    public const int Sector = 100;
    public const int Plaats = 500;
    public const int Tijdstip = 100;
    public const int Uitbuitingsvormen = 5;
    public const int Indicatoren = 100;
    public const int IndicatorCode = 20;
    public const int BetrokkenenAantal = 1000;
    public const int KortVeld = 100;
    public const int Naam = 200;
    public const int Telefoon = 30;
    public const int Email = 254;
    public const int BijlageBytes = 10 * 1024 * 1024;
    public const int Bijlagen = 5;
}
