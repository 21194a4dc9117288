namespace Schakel.Web.Features.Accounts;

/// <summary>Texts of the professional's own account page (staff: nl, en).</summary>
public sealed class AccountPaginaTeksten;
