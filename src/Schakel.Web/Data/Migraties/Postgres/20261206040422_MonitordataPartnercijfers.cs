using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Bron = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Vingerafdruk = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AantalRijen = table.Column<int>(type: "integer", nullable: false),
                    IngevoerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IngevoerdDoor = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    IngetrokkenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_partnercijfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Regel = table.Column<int>(type: "integer", nullable: false),
                    Maatstaf = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Gebied = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PeriodeVan = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeTot = table.Column<DateOnly>(type: "date", nullable: false),
                    Periode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Categorie = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Waarde = table.Column<long>(type: "bigint", nullable: true),
                    Document = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sectie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Gepubliceerd = table.Column<bool>(type: "boolean", nullable: false)
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
