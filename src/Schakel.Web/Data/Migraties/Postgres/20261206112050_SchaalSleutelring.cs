using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class SchaalSleutelring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sleutelring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sleutelring", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "taakleases",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Houder = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    VerlooptOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taakleases", x => x.Naam);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sleutelring_Naam",
                table: "sleutelring",
                column: "Naam",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sleutelring");

            migrationBuilder.DropTable(
                name: "taakleases");
        }
    }
}
