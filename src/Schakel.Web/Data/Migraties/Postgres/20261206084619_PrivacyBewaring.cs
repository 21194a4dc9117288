using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectSoort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    RedenVersleuteld = table.Column<string>(type: "text", nullable: true),
                    EindDatum = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GezetDoor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    GezetOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpgehevenDoor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    OpgehevenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewaarblokkades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewaring_verwijderingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectSoort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Regel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    VerwijderdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Aantallen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
