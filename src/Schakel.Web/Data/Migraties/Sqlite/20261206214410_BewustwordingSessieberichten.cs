using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class BewustwordingSessieberichten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Bericht",
                table: "bewustwording_inschrijvingen",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BerichtWachtend",
                table: "bewustwording_inschrijvingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_BerichtWachtend",
                table: "bewustwording_inschrijvingen",
                column: "BerichtWachtend");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bewustwording_inschrijvingen_BerichtWachtend",
                table: "bewustwording_inschrijvingen");

            migrationBuilder.DropColumn(
                name: "Bericht",
                table: "bewustwording_inschrijvingen");

            migrationBuilder.DropColumn(
                name: "BerichtWachtend",
                table: "bewustwording_inschrijvingen");
        }
    }
}
