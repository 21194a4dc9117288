using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class WerkplekDoorverwijzingCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DoelCode",
                table: "doorverwijzingen",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UitlegBerichten",
                table: "doorverwijzingen",
                type: "TEXT",
                nullable: true);

            // Old purposes were the proposing rule's Dutch name: those become the rule's code. Explanations are
            // converted by UitlegOmzetting at start, since reading them back into codes needs more than SQL.
            foreach (var opdracht in Schakel.Web.Features.Doorverwijzing.Model.DoelcodeMigratie.Opdrachten)
            {
                migrationBuilder.Sql(opdracht);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DoelCode",
                table: "doorverwijzingen");

            migrationBuilder.DropColumn(
                name: "UitlegBerichten",
                table: "doorverwijzingen");
        }
    }
}
