namespace Schakel.Web.Features.Accounts;

/// <summary>Marker for the texts of sign-in, two-step verification, invitation and werkplek (nl, en).</summary>
public sealed class AccountsTeksten;
