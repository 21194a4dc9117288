using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DoorverwijzingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GeregistreerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Partijsoort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReeksId = table.Column<Guid>(type: "uuid", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    VorigeVersieId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegioCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegioNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EenheidCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    GemeenteCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Drempel = table.Column<int>(type: "integer", nullable: false),
                    FormatVersie = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Inleiding = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Conclusies = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Commentaren = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Wijzigingslog = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Momentopname = table.Column<string>(type: "text", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_edities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_opmerkingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sectie = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
