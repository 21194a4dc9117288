using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class Werkplek2NotificatiesGelezen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notificaties_gelezen",
                columns: table => new
                {
                    NotificatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GelezenOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notificaties_gelezen", x => new { x.NotificatieId, x.MedewerkerId });
                    table.ForeignKey(
                        name: "FK_notificaties_gelezen_notificaties_NotificatieId",
                        column: x => x.NotificatieId,
                        principalTable: "notificaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notificaties_gelezen_MedewerkerId",
                table: "notificaties_gelezen",
                column: "MedewerkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notificaties_gelezen");
        }
    }
}
