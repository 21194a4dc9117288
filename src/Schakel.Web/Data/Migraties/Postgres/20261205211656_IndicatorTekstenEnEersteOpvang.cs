using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorTekstenEnEersteOpvang : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EersteOpvangBevestigdOp",
                table: "plaatsingsverzoeken",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_teksten",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Taal = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_teksten", x => new { x.Code, x.Taal });
                    table.ForeignKey(
                        name: "FK_indicator_teksten_indicatoren_Code",
                        column: x => x.Code,
                        principalTable: "indicatoren",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicatorgroep_teksten",
                columns: table => new
                {
                    Groep = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Taal = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatorgroep_teksten", x => new { x.Groep, x.Taal });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_teksten");

            migrationBuilder.DropTable(
                name: "indicatorgroep_teksten");

            migrationBuilder.DropColumn(
                name: "EersteOpvangBevestigdOp",
                table: "plaatsingsverzoeken");
        }
    }
}
