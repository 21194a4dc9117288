using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Functietitel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Afdeling = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Zijde = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlaatsvervangerId = table.Column<Guid>(type: "uuid", nullable: true),
                    AangesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
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
                        name: "FK_aandachtsfunctionarissen_aandachtsfunctionarissen_Plaatsver~",
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
