using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class MonitorEditiesEnCoMensha : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "comensha_registraties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoorverwijzingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GeregistreerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Partijsoort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comensha_registraties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_comensha_registraties_doorverwijzingen_DoorverwijzingId",
                        column: x => x.DoorverwijzingId,
                        principalTable: "doorverwijzingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitor_edities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReeksId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    VorigeVersieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegioCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegioNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    GemeenteCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Drempel = table.Column<int>(type: "INTEGER", nullable: false),
                    FormatVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Inleiding = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Conclusies = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Commentaren = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Wijzigingslog = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Momentopname = table.Column<string>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_edities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_opmerkingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sectie = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_opmerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitor_opmerkingen_monitor_edities_EditieId",
                        column: x => x.EditieId,
                        principalTable: "monitor_edities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_comensha_registraties_DoorverwijzingId",
                table: "comensha_registraties",
                column: "DoorverwijzingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_comensha_registraties_GeregistreerdOp",
                table: "comensha_registraties",
                column: "GeregistreerdOp");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_edities_ReeksId_Versie",
                table: "monitor_edities",
                columns: new[] { "ReeksId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_edities_RegioCode_Jaar",
                table: "monitor_edities",
                columns: new[] { "RegioCode", "Jaar" });

            migrationBuilder.CreateIndex(
                name: "IX_monitor_opmerkingen_EditieId",
                table: "monitor_opmerkingen",
                column: "EditieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comensha_registraties");

            migrationBuilder.DropTable(
                name: "monitor_opmerkingen");

            migrationBuilder.DropTable(
                name: "monitor_edities");
        }
    }
}
