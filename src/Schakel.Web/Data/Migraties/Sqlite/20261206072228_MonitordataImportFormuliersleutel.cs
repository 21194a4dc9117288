using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class MonitordataImportFormuliersleutel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormulierSleutelHash",
                table: "monitor_imports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_imports_FormulierSleutelHash",
                table: "monitor_imports",
                column: "FormulierSleutelHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_monitor_imports_FormulierSleutelHash",
                table: "monitor_imports");

            migrationBuilder.DropColumn(
                name: "FormulierSleutelHash",
                table: "monitor_imports");
        }
    }
}
