using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class GidsAandachtsfunctionarissen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aandachtsfunctionarissen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Functietitel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Afdeling = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Zijde = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlaatsvervangerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AangesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aandachtsfunctionarissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_aandachtsfunctionarissen_AspNetUsers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_aandachtsfunctionarissen_aandachtsfunctionarissen_PlaatsvervangerId",
                        column: x => x.PlaatsvervangerId,
                        principalTable: "aandachtsfunctionarissen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_aandachtsfunctionarissen_gemeenten_GemeenteCode",
                        column: x => x.GemeenteCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_aandachtsfunctionarissen_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_aandachtsfunctionarissen_GemeenteCode_Actief",
                table: "aandachtsfunctionarissen",
                columns: new[] { "GemeenteCode", "Actief" });

            migrationBuilder.CreateIndex(
                name: "IX_aandachtsfunctionarissen_MedewerkerId",
                table: "aandachtsfunctionarissen",
                column: "MedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_aandachtsfunctionarissen_OrganisatieId",
                table: "aandachtsfunctionarissen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_aandachtsfunctionarissen_PlaatsvervangerId",
                table: "aandachtsfunctionarissen",
                column: "PlaatsvervangerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aandachtsfunctionarissen");
        }
    }
}
