using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Aandachtsfunctionaris = table.Column<bool>(type: "boolean", nullable: false),
                    Beleid = table.Column<bool>(type: "boolean", nullable: false),
                    BijgewerktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InterneAfspraken = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_beleidsantwoorden", x => x.GemeenteCode);
                });
        }
    }
}
