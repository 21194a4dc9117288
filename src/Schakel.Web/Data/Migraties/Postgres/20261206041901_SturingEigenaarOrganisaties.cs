using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class SturingEigenaarOrganisaties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sturing_actie_eigenaar_organisaties",
                columns: table => new
                {
                    ActieId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Eigenaar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_actie_eigenaar_organisaties", x => new { x.ActieId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_sturing_actie_eigenaar_organisaties_organisaties_Organisati~",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sturing_actie_eigenaar_organisaties_sturing_acties_ActieId",
                        column: x => x.ActieId,
                        principalTable: "sturing_acties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_actie_eigenaar_organisaties_OrganisatieId",
                table: "sturing_actie_eigenaar_organisaties",
                column: "OrganisatieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sturing_actie_eigenaar_organisaties");
        }
    }
}
