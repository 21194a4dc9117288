using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sleutelring", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "taakleases",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Houder = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    VerlooptOp = table.Column<long>(type: "INTEGER", nullable: false)
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
