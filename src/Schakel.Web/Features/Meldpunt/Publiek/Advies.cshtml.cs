using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>The advice question for professionals: the report form's engine, fewer fields, no personal data.</summary>
public sealed class AdviesModel(MeldpuntIntake intake, SchakelDbContext db, PubliekeTekst t, Ontvangstweergave weergave) : MeldenModel(intake, db, t, weergave)
{
    public override string Soort => "adviesvraag";

    protected override string? LabelSleutel(string veld) => veld switch
    {
        "omschrijving" => "AdviesVraag",
        "sector" => "WwSector",
        _ => base.LabelSleutel(veld),
    };
}
