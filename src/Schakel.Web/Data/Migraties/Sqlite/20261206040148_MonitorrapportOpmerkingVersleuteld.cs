using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class MonitorrapportOpmerkingVersleuteld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Comments were only ever written through the service (no page or endpoint offered it), so no real comment
            // exists; any test row left in plain text is removed rather than kept unencrypted.
            migrationBuilder.Sql("DELETE FROM monitor_opmerkingen;");

            // SQLite drops a plain column in place; EF's DropColumn would rebuild the table with foreign keys switched off,
            // outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE monitor_opmerkingen DROP COLUMN \"Tekst\";");

            migrationBuilder.AddColumn<string>(
                name: "Formuliersleutel",
                table: "monitor_opmerkingen",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TekstVersleuteld",
                table: "monitor_opmerkingen",
                type: "TEXT",
                maxLength: 12000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_opmerkingen_EditieId_Formuliersleutel",
                table: "monitor_opmerkingen",
                columns: new[] { "EditieId", "Formuliersleutel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_monitor_opmerkingen_EditieId_Formuliersleutel",
                table: "monitor_opmerkingen");

            migrationBuilder.Sql("ALTER TABLE monitor_opmerkingen DROP COLUMN \"Formuliersleutel\";");
            migrationBuilder.Sql("ALTER TABLE monitor_opmerkingen DROP COLUMN \"TekstVersleuteld\";");

            migrationBuilder.AddColumn<string>(
                name: "Tekst",
                table: "monitor_opmerkingen",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");
        }
    }
}
