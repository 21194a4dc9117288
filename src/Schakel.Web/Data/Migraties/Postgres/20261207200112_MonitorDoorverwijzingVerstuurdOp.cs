using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class MonitorDoorverwijzingVerstuurdOp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_VerstuurdOp",
                table: "doorverwijzingen",
                column: "VerstuurdOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_doorverwijzingen_VerstuurdOp",
                table: "doorverwijzingen");
        }
    }
}
