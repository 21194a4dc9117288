using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class TransactieVerzendsleutels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "verzendsleutels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Bereik = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SleutelHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InhoudHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MeldingId = table.Column<Guid>(type: "uuid", nullable: false),
                    OntvangstcodeVersleuteld = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VerlooptOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verzendsleutels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_verzendsleutels_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verzendsleutels_Bereik_SleutelHash",
                table: "verzendsleutels",
                columns: new[] { "Bereik", "SleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_verzendsleutels_MeldingId",
                table: "verzendsleutels",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_verzendsleutels_VerlooptOp",
                table: "verzendsleutels",
                column: "VerlooptOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verzendsleutels");
        }
    }
}
