using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class BewustwordingCijferduiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Duiding",
                table: "bewustwording_npst_landelijk",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Precies");

            // Bijlage I published "ruim 200": a lower bound, not an exact count.
            migrationBuilder.Sql("UPDATE bewustwording_npst_landelijk SET \"Duiding\" = 'TenMinste' WHERE \"Omschrijving\" LIKE '%ruim 200%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Duiding",
                table: "bewustwording_npst_landelijk");
        }
    }
}
