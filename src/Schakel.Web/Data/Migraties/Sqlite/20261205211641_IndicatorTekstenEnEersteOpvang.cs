using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorTekstenEnEersteOpvang : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EersteOpvangBevestigdOp",
                table: "plaatsingsverzoeken",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_teksten",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Taal = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    Groep = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Taal = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
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
