namespace Schakel.Core.Keten;

/// <summary>What a service in the partner directory offers; the public directory searches on it ("need").</summary>
public enum Dienstsoort
{
    Melden,
    Advies,
    Hulpverlening,
    Opvang,
    Zorgcoordinatie,
    JuridischeHulp,
    Tolk,
    AmbulanteZorg,
    Opsporing,
    Toezicht,
}

/// <summary>Whom a service is for: (presumed) victims, the approach of perpetrators, or both.</summary>
public enum Dienstzijde
{
    Slachtoffer,
    Dader,
    Beide,
}
