namespace Schakel.Core.Meldpunt;

public enum Uitbuitingsvorm
{
    Seksueel,
    Arbeid,
    Crimineel,
    Orgaanverwijdering,
    Onbekend,
}
