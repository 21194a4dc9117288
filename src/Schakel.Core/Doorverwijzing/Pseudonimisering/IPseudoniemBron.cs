namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Turns a normalised value into a stable pseudonym. The web layer implements it with a keyed HMAC,
/// so the same phone number always gives the same pseudonym and nobody without the key can reverse it.
/// The kind ("naam", "telefoon"...) keeps equal strings of different kinds apart.
/// </summary>
public interface IPseudoniemBron
{
    string Maak(string soort, string waarde);
}
