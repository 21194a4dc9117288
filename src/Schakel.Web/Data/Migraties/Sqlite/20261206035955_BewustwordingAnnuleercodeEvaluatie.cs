using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class BewustwordingAnnuleercodeEvaluatie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnnuleercodeHash",
                table: "bewustwording_inschrijvingen",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Geevalueerd",
                table: "bewustwording_inschrijvingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_AnnuleercodeHash",
                table: "bewustwording_inschrijvingen",
                column: "AnnuleercodeHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bewustwording_inschrijvingen_AnnuleercodeHash",
                table: "bewustwording_inschrijvingen");

            migrationBuilder.DropColumn(
                name: "AnnuleercodeHash",
                table: "bewustwording_inschrijvingen");

            migrationBuilder.DropColumn(
                name: "Geevalueerd",
                table: "bewustwording_inschrijvingen");
        }
    }
}
