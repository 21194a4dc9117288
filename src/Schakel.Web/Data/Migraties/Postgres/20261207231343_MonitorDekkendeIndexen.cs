using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <summary>
    /// Covering indexes for the monitor's grouped counts (Monitor/MonitorGegevens.Tellingen.cs), PostgreSQL only: a year's
    /// reports (their counts and their durations), referrals (sent, and due for a first action) and CoMensha registrations are read from index-only scans
    /// instead of every row of every year, and a referral or registration finds its report's place without a visit to the
    /// report's row. The price: a change to one of these columns of a report updates the first index too. They are not in
    /// the EF model because INCLUDE columns are PostgreSQL's own; on SQLite the plain indexes of the model serve.
    /// Figures: docs/benchmarks.md, Monitor.
    /// </summary>
    public partial class MonitorDekkendeIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_meldingen_monitor_ontvangen" ON meldingen ("OntvangenOp")
                    INCLUDE ("TriageGemeenteCode", "GemeenteCode", "MeldpuntOrganisatieId", "Soort", "Status", "MelderType", "Kanaal",
                        "Uitbuitingsvormen", "MinderjarigBetrokken", "AcuutGevaar", "TriageZijde",
                        "EersteTriageOp", "EersteDoorverwijzingOp", "IngezienOp", "TeruggekoppeldOp");
                CREATE INDEX "IX_meldingen_monitor_plaats" ON meldingen ("Id") INCLUDE ("TriageGemeenteCode", "GemeenteCode", "MeldpuntOrganisatieId");
                DROP INDEX "IX_doorverwijzingen_VerstuurdOp";
                CREATE INDEX "IX_doorverwijzingen_VerstuurdOp" ON doorverwijzingen ("VerstuurdOp") INCLUDE ("MeldingId", "OntvangerOrganisatieId", "Rol");
                CREATE INDEX "IX_doorverwijzingen_monitor_melding" ON doorverwijzingen ("Id") INCLUDE ("MeldingId");
                CREATE INDEX "IX_doorverwijzingen_monitor_eerste_actie" ON doorverwijzingen ("EersteActieUiterlijk") INCLUDE ("MeldingId", "EersteActieOp");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_doorverwijzingen_monitor_eerste_actie";
                DROP INDEX "IX_doorverwijzingen_monitor_melding";
                DROP INDEX "IX_doorverwijzingen_VerstuurdOp";
                CREATE INDEX "IX_doorverwijzingen_VerstuurdOp" ON doorverwijzingen ("VerstuurdOp");
                DROP INDEX "IX_meldingen_monitor_plaats";
                DROP INDEX "IX_meldingen_monitor_ontvangen";
                """);
        }
    }
}
