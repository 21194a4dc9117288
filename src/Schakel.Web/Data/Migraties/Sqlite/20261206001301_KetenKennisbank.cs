using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Doelgroep = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uitbuitingsvorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Openbaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kennisdocumenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kennisdocument_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BestandNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BestandType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Bestand = table.Column<byte[]>(type: "BLOB", nullable: true),
                    BestandGrootte = table.Column<long>(type: "INTEGER", nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
