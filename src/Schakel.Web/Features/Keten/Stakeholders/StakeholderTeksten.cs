namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>Texts of the stakeholder analysis (staff: nl and en).</summary>
public sealed class StakeholderTeksten;
