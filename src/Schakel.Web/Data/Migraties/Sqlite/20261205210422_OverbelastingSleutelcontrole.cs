using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Versleuteld = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Pseudoniem = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ontvangstcode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false)
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
