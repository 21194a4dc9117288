using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class BewustwordingBeleidsantwoordenWeg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bewustwording_beleidsantwoorden");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bewustwording_beleidsantwoorden",
                columns: table => new
                {
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Aandachtsfunctionaris = table.Column<bool>(type: "INTEGER", nullable: false),
                    Beleid = table.Column<bool>(type: "INTEGER", nullable: false),
                    BijgewerktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    InterneAfspraken = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_beleidsantwoorden", x => x.GemeenteCode);
                });
        }
    }
}
