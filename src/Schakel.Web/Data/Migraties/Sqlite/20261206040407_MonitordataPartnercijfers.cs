using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class MonitordataPartnercijfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitor_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Vingerafdruk = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AantalRijen = table.Column<int>(type: "INTEGER", nullable: false),
                    IngevoerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    IngevoerdDoor = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IngetrokkenOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_partnercijfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Regel = table.Column<int>(type: "INTEGER", nullable: false),
                    Maatstaf = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Gebied = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PeriodeVan = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodeTot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Waarde = table.Column<long>(type: "INTEGER", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sectie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gepubliceerd = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_partnercijfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitor_partnercijfers_monitor_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "monitor_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitor_imports_Bron_Vingerafdruk",
                table: "monitor_imports",
                columns: new[] { "Bron", "Vingerafdruk" });

            migrationBuilder.CreateIndex(
                name: "IX_monitor_partnercijfers_ImportId",
                table: "monitor_partnercijfers",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_partnercijfers_Maatstaf_PeriodeVan",
                table: "monitor_partnercijfers",
                columns: new[] { "Maatstaf", "PeriodeVan" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitor_partnercijfers");

            migrationBuilder.DropTable(
                name: "monitor_imports");
        }
    }
}
