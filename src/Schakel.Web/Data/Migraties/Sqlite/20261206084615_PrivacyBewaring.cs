using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyBewaring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bewaarblokkades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectSoort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RedenVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    EindDatum = table.Column<long>(type: "INTEGER", nullable: false),
                    GezetDoor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    GezetOp = table.Column<long>(type: "INTEGER", nullable: false),
                    OpgehevenDoor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OpgehevenOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewaarblokkades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewaring_verwijderingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectSoort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Regel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    VerwijderdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Aantallen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewaring_verwijderingen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bewaarblokkades_ObjectSoort_ObjectId",
                table: "bewaarblokkades",
                columns: new[] { "ObjectSoort", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_bewaring_verwijderingen_ObjectSoort_ObjectId",
                table: "bewaring_verwijderingen",
                columns: new[] { "ObjectSoort", "ObjectId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bewaarblokkades");

            migrationBuilder.DropTable(
                name: "bewaring_verwijderingen");
        }
    }
}
