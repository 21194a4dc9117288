using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyrechtenVerzoeken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContactIngetrokkenOp",
                table: "meldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Gepseudonimiseerd",
                table: "meldingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Gepseudonimiseerd",
                table: "melding_triages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "persoon_pseudoniemen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TriageId = table.Column<long>(type: "INTEGER", nullable: true),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pseudoniem = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persoon_pseudoniemen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_persoon_pseudoniemen_melding_triages_TriageId",
                        column: x => x.TriageId,
                        principalTable: "melding_triages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_persoon_pseudoniemen_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verzoeken_betrokkenen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Uiterlijk = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeregistreerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GeregistreerdDoor = table.Column<Guid>(type: "TEXT", nullable: true),
                    NaamVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    GeboortedatumVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    TelefoonVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    EmailVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    VerlengdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    VerlengingRedenVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    GezochtOp = table.Column<long>(type: "INTEGER", nullable: true),
                    AfgehandeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    AntwoordVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    TermijnGemeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    GegevensVerwijderdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verzoeken_betrokkenen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_verzoeken_betrokkenen_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "verzoek_treffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bronnen = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sleutels = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grond = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ToelichtingVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    BehandeldOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verzoek_treffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_verzoek_treffers_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_verzoek_treffers_verzoeken_betrokkenen_VerzoekId",
                        column: x => x.VerzoekId,
                        principalTable: "verzoeken_betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_persoon_pseudoniemen_MeldingId",
                table: "persoon_pseudoniemen",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_persoon_pseudoniemen_Soort_Pseudoniem",
                table: "persoon_pseudoniemen",
                columns: new[] { "Soort", "Pseudoniem" });

            migrationBuilder.CreateIndex(
                name: "IX_persoon_pseudoniemen_TriageId",
                table: "persoon_pseudoniemen",
                column: "TriageId");

            migrationBuilder.CreateIndex(
                name: "IX_verzoek_treffers_MeldingId",
                table: "verzoek_treffers",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_verzoek_treffers_VerzoekId_MeldingId",
                table: "verzoek_treffers",
                columns: new[] { "VerzoekId", "MeldingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_verzoeken_betrokkenen_OrganisatieId_Status_Uiterlijk",
                table: "verzoeken_betrokkenen",
                columns: new[] { "OrganisatieId", "Status", "Uiterlijk" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "persoon_pseudoniemen");

            migrationBuilder.DropTable(
                name: "verzoek_treffers");

            migrationBuilder.DropTable(
                name: "verzoeken_betrokkenen");

            migrationBuilder.DropColumn(
                name: "ContactIngetrokkenOp",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "Gepseudonimiseerd",
                table: "meldingen");

            migrationBuilder.DropColumn(
                name: "Gepseudonimiseerd",
                table: "melding_triages");
        }
    }
}
