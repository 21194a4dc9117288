using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class PlekkenpoolVastgehouden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Vastgehouden",
                table: "plekkenpools",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The holds that are Actief now, so the first hold after the upgrade finds the right count.
            migrationBuilder.Sql(Schakel.Web.Features.Opvang.VastgehoudenTelling.HertelSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Vastgehouden",
                table: "plekkenpools");
        }
    }
}
