using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class SturingIdempotentie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InhoudHash",
                table: "sturing_voortgang",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SleutelHash",
                table: "sturing_voortgang",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_voortgang_SleutelHash",
                table: "sturing_voortgang",
                column: "SleutelHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sturing_voortgang_SleutelHash",
                table: "sturing_voortgang");

            migrationBuilder.DropColumn(
                name: "InhoudHash",
                table: "sturing_voortgang");

            migrationBuilder.DropColumn(
                name: "SleutelHash",
                table: "sturing_voortgang");
        }
    }
}
