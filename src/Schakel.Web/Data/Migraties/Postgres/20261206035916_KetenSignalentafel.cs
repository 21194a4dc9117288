using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class KetenSignalentafel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "signalentafels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GastOrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grondslag = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GestartOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signalentafels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signalentafels_organisaties_GastOrganisatieId",
                        column: x => x.GastOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "signalentafel_leden",
                columns: table => new
                {
                    TafelId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signalentafel_leden", x => new { x.TafelId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_signalentafel_leden_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signalentafel_leden_signalentafels_TafelId",
                        column: x => x.TafelId,
                        principalTable: "signalentafels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signalentafel_signalen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TafelId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeldingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TriageId = table.Column<long>(type: "bigint", nullable: false),
                    InbrengerOrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    InhoudVersleuteld = table.Column<string>(type: "text", nullable: false),
                    IngebrachtOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Besluit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BesluitOntvangerId = table.Column<Guid>(type: "uuid", nullable: true),
                    BesluitRedenVersleuteld = table.Column<string>(type: "text", nullable: true),
                    DoorverwijzingId = table.Column<Guid>(type: "uuid", nullable: true),
                    BesluitOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signalentafel_signalen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signalentafel_signalen_doorverwijzingen_DoorverwijzingId",
                        column: x => x.DoorverwijzingId,
                        principalTable: "doorverwijzingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signalentafel_signalen_melding_triages_TriageId",
                        column: x => x.TriageId,
                        principalTable: "melding_triages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signalentafel_signalen_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_signalentafel_signalen_organisaties_InbrengerOrganisatieId",
                        column: x => x.InbrengerOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signalentafel_signalen_signalentafels_TafelId",
                        column: x => x.TafelId,
                        principalTable: "signalentafels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signalentafel_bijdragen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignaalId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grondslag = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TekstVersleuteld = table.Column<string>(type: "text", nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signalentafel_bijdragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signalentafel_bijdragen_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signalentafel_bijdragen_signalentafel_signalen_SignaalId",
                        column: x => x.SignaalId,
                        principalTable: "signalentafel_signalen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_bijdragen_OrganisatieId",
                table: "signalentafel_bijdragen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_bijdragen_SignaalId",
                table: "signalentafel_bijdragen",
                column: "SignaalId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_leden_OrganisatieId",
                table: "signalentafel_leden",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_signalen_DoorverwijzingId",
                table: "signalentafel_signalen",
                column: "DoorverwijzingId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_signalen_InbrengerOrganisatieId",
                table: "signalentafel_signalen",
                column: "InbrengerOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_signalen_MeldingId",
                table: "signalentafel_signalen",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_signalen_TafelId_MeldingId",
                table: "signalentafel_signalen",
                columns: new[] { "TafelId", "MeldingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signalentafel_signalen_TriageId",
                table: "signalentafel_signalen",
                column: "TriageId");

            migrationBuilder.CreateIndex(
                name: "IX_signalentafels_GastOrganisatieId",
                table: "signalentafels",
                column: "GastOrganisatieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signalentafel_bijdragen");

            migrationBuilder.DropTable(
                name: "signalentafel_leden");

            migrationBuilder.DropTable(
                name: "signalentafel_signalen");

            migrationBuilder.DropTable(
                name: "signalentafels");
        }
    }
}
