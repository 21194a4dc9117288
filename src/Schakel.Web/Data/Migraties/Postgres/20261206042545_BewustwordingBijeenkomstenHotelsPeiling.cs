using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class BewustwordingBijeenkomstenHotelsPeiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Toegetreden",
                table: "organisaties",
                type: "timestamp with time zone",
                nullable: true);

            // Existing partners joined no later than their first account: the best date there is.
            migrationBuilder.Sql("UPDATE organisaties SET \"Toegetreden\" = (SELECT MIN(m.\"AangemaaktOp\") FROM \"AspNetUsers\" m WHERE m.\"OrganisatieId\" = organisaties.\"Id\")");

            migrationBuilder.CreateTable(
                name: "bewustwording_bijeenkomsten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Begin = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Einde = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Plaats = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Organisatoren = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Gemeenten = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reeks = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Aanwezigen = table.Column<int>(type: "integer", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_bijeenkomsten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_hotels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Geregistreerd = table.Column<DateOnly>(type: "date", nullable: false),
                    Personeel = table.Column<int>(type: "integer", nullable: false),
                    Getraind = table.Column<int>(type: "integer", nullable: false),
                    Certificaatdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_hotels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_kennispeiling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Doelgroep = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Meting = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Signalen = table.Column<int>(type: "integer", nullable: false),
                    Melden = table.Column<int>(type: "integer", nullable: false),
                    Aandachtsfunctionaris = table.Column<int>(type: "integer", nullable: false),
                    Handelen = table.Column<int>(type: "integer", nullable: false),
                    FormulierSleutelHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_kennispeiling", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_npst_landelijk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Aantal = table.Column<int>(type: "integer", nullable: false),
                    Bron = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
