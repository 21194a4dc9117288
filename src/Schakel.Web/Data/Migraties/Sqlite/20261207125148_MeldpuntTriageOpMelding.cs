using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class MeldpuntTriageOpMelding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EersteDoorverwijzingOp",
                table: "meldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EersteTriageOp",
                table: "meldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageGemeenteCode",
                table: "meldingen",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageUrgentie",
                table: "meldingen",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageZijde",
                table: "meldingen",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // Existing reports get what the app now writes with every triage and referral (Melding.Trieer, Melding.Doorverwezen):
            // the newest triage (highest id) for place, side and urgency, the first triage (lowest id) for its moment, the
            // earliest referral for its moment. Moments are stored as binary ticks, so min() is the earliest.
            migrationBuilder.Sql("""
                UPDATE meldingen SET
                    "TriageGemeenteCode" = (SELECT t."GemeenteCode" FROM melding_triages AS t WHERE t."MeldingId" = meldingen."Id" ORDER BY t."Id" DESC LIMIT 1),
                    "TriageZijde" = (SELECT t."Zijde" FROM melding_triages AS t WHERE t."MeldingId" = meldingen."Id" ORDER BY t."Id" DESC LIMIT 1),
                    "TriageUrgentie" = (SELECT t."Urgentie" FROM melding_triages AS t WHERE t."MeldingId" = meldingen."Id" ORDER BY t."Id" DESC LIMIT 1),
                    "EersteTriageOp" = (SELECT t."Tijdstip" FROM melding_triages AS t WHERE t."MeldingId" = meldingen."Id" ORDER BY t."Id" LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM melding_triages AS t WHERE t."MeldingId" = meldingen."Id");
                UPDATE meldingen SET
                    "EersteDoorverwijzingOp" = (SELECT min(d."VerstuurdOp") FROM doorverwijzingen AS d WHERE d."MeldingId" = meldingen."Id")
                WHERE EXISTS (SELECT 1 FROM doorverwijzingen AS d WHERE d."MeldingId" = meldingen."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EersteDoorverwijzingOp",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "EersteTriageOp",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "TriageGemeenteCode",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "TriageUrgentie",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "TriageZijde",
                table: "meldingen");
        }
    }
}
