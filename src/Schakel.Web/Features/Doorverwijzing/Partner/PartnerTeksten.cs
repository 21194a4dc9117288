namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>Marker for the texts of the partner inbox and referral pages (PartnerTeksten.resx, .en.resx).</summary>
public sealed class PartnerTeksten;
