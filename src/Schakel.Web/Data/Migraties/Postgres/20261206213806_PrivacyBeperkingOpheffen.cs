using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class PrivacyBeperkingOpheffen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_verzoek_treffers_MeldingId",
                table: "verzoek_treffers");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BeperkingOpgehevenOp",
                table: "verzoek_treffers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpheffingRedenVersleuteld",
                table: "verzoek_treffers",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_verzoek_treffers_MeldingId_Uitkomst",
                table: "verzoek_treffers",
                columns: new[] { "MeldingId", "Uitkomst" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_verzoek_treffers_MeldingId_Uitkomst",
                table: "verzoek_treffers");

            migrationBuilder.DropColumn(
                name: "BeperkingOpgehevenOp",
                table: "verzoek_treffers");

            migrationBuilder.DropColumn(
                name: "OpheffingRedenVersleuteld",
                table: "verzoek_treffers");

            migrationBuilder.CreateIndex(
                name: "IX_verzoek_treffers_MeldingId",
                table: "verzoek_treffers",
                column: "MeldingId");
        }
    }
}
