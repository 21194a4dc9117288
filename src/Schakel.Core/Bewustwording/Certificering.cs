namespace Schakel.Core.Bewustwording;

/// <summary>
/// No Room / No Place for Sex Trafficking: a hotel is due for its certificate when most of its staff are
/// trained. Schakel shows this as a check; the certificate itself is awarded outside Schakel.
/// </summary>
public static class Certificering
{
    public static bool MeesteGetraind(int personeel, int getraind) => personeel > 0 && getraind * 2 > personeel;
}
