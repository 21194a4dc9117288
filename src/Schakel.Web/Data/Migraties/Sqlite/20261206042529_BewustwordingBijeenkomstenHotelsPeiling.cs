using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class BewustwordingBijeenkomstenHotelsPeiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Toegetreden",
                table: "organisaties",
                type: "INTEGER",
                nullable: true);

            // Existing partners joined no later than their first account: the best date there is.
            migrationBuilder.Sql("UPDATE organisaties SET \"Toegetreden\" = (SELECT MIN(m.\"AangemaaktOp\") FROM \"AspNetUsers\" m WHERE m.\"OrganisatieId\" = organisaties.\"Id\")");

            migrationBuilder.CreateTable(
                name: "bewustwording_bijeenkomsten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Begin = table.Column<long>(type: "INTEGER", nullable: false),
                    Einde = table.Column<long>(type: "INTEGER", nullable: false),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Organisatoren = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Gemeenten = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reeks = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Aanwezigen = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_bijeenkomsten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_hotels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Geregistreerd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Personeel = table.Column<int>(type: "INTEGER", nullable: false),
                    Getraind = table.Column<int>(type: "INTEGER", nullable: false),
                    Certificaatdatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_hotels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_kennispeiling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Doelgroep = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Meting = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Signalen = table.Column<int>(type: "INTEGER", nullable: false),
                    Melden = table.Column<int>(type: "INTEGER", nullable: false),
                    Aandachtsfunctionaris = table.Column<int>(type: "INTEGER", nullable: false),
                    Handelen = table.Column<int>(type: "INTEGER", nullable: false),
                    FormulierSleutelHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_kennispeiling", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_npst_landelijk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Aantal = table.Column<int>(type: "INTEGER", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_npst_landelijk", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_bijeenkomsten_Begin",
                table: "bewustwording_bijeenkomsten",
                column: "Begin");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_hotels_GemeenteCode",
                table: "bewustwording_hotels",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_kennispeiling_Doelgroep_Jaar",
                table: "bewustwording_kennispeiling",
                columns: new[] { "Doelgroep", "Jaar" });

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_kennispeiling_FormulierSleutelHash",
                table: "bewustwording_kennispeiling",
                column: "FormulierSleutelHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bewustwording_bijeenkomsten");

            migrationBuilder.DropTable(
                name: "bewustwording_hotels");

            migrationBuilder.DropTable(
                name: "bewustwording_kennispeiling");

            migrationBuilder.DropTable(
                name: "bewustwording_npst_landelijk");

            migrationBuilder.DropColumn(
                name: "Toegetreden",
                table: "organisaties");
        }
    }
}
