using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Geevalueerd",
                table: "bewustwording_inschrijvingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Opmerking",
                table: "bewustwording_evaluaties",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

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

            migrationBuilder.AlterColumn<string>(
                name: "Opmerking",
                table: "bewustwording_evaluaties",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);
        }
    }
}
