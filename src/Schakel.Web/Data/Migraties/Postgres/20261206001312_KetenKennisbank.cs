using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class KetenKennisbank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kennisdocumenten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Doelgroep = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Uitbuitingsvorm = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Openbaar = table.Column<bool>(type: "boolean", nullable: false),
                    Bron = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kennisdocumenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kennisdocument_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Link = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BestandNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BestandType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Bestand = table.Column<byte[]>(type: "bytea", nullable: true),
                    BestandGrootte = table.Column<long>(type: "bigint", nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GepubliceerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kennisdocument_versies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kennisdocument_versies_kennisdocumenten_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "kennisdocumenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kennisdocument_versies_DocumentId_Versie",
                table: "kennisdocument_versies",
                columns: new[] { "DocumentId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kennisdocumenten_Code",
                table: "kennisdocumenten",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kennisdocument_versies");

            migrationBuilder.DropTable(
                name: "kennisdocumenten");
        }
    }
}
