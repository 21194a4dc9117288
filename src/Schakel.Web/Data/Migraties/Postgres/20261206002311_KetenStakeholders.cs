using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class KetenStakeholders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stakeholders",
                columns: table => new
                {
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Belang = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Invloed = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BelangOmschrijving = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Rol = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Bereikbaarheid = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Waarvoor = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders", x => x.OrganisatieId);
                    table.ForeignKey(
                        name: "FK_stakeholders_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stakeholders");
        }
    }
}
