using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class MeldpuntTriageOpMelding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EersteDoorverwijzingOp",
                table: "meldingen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EersteTriageOp",
                table: "meldingen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageGemeenteCode",
                table: "meldingen",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageUrgentie",
                table: "meldingen",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TriageZijde",
                table: "meldingen",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Existing reports get what the app now writes with every triage and referral (Melding.Trieer, Melding.Doorverwezen):
            // the newest triage (highest id) for place, side and urgency, the first triage (lowest id) for its moment, the
            // earliest referral for its moment.
            migrationBuilder.Sql("""
                UPDATE meldingen AS m
                SET "TriageGemeenteCode" = n."GemeenteCode", "TriageZijde" = n."Zijde", "TriageUrgentie" = n."Urgentie"
                FROM (SELECT DISTINCT ON ("MeldingId") "MeldingId", "GemeenteCode", "Zijde", "Urgentie"
                      FROM melding_triages ORDER BY "MeldingId", "Id" DESC) AS n
                WHERE n."MeldingId" = m."Id";
                UPDATE meldingen AS m
                SET "EersteTriageOp" = e."Tijdstip"
                FROM (SELECT DISTINCT ON ("MeldingId") "MeldingId", "Tijdstip" FROM melding_triages ORDER BY "MeldingId", "Id") AS e
                WHERE e."MeldingId" = m."Id";
                UPDATE meldingen AS m
                SET "EersteDoorverwijzingOp" = d."Op"
                FROM (SELECT "MeldingId", min("VerstuurdOp") AS "Op" FROM doorverwijzingen GROUP BY "MeldingId") AS d
                WHERE d."MeldingId" = m."Id";
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
