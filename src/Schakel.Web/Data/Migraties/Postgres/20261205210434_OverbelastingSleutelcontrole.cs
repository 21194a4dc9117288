using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class OverbelastingSleutelcontrole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sleutelcontrole",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Versleuteld = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Pseudoniem = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ontvangstcode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sleutelcontrole", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sleutelcontrole");
        }
    }
}
