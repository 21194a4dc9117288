using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class GidsPartnergids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gids_diensten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Beschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Zijde = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Uitbuitingsvormen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Voorwaarden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Talen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kosten = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DagEnNacht = table.Column<bool>(type: "INTEGER", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterneNotitie = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_diensten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_diensten_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_locaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Vertrouwelijk = table.Column<bool>(type: "INTEGER", nullable: false),
                    VoordeurTelefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    VoordeurEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterneNotitie = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_locaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_locaties_gemeenten_GemeenteCode",
                        column: x => x.GemeenteCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_gids_locaties_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_contacten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DienstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Functie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_contacten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_contacten_gids_diensten_DienstId",
                        column: x => x.DienstId,
                        principalTable: "gids_diensten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_dienstgebieden",
                columns: table => new
                {
                    DienstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CbsCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_dienstgebieden", x => new { x.DienstId, x.CbsCode });
                    table.ForeignKey(
                        name: "FK_gids_dienstgebieden_gemeenten_CbsCode",
                        column: x => x.CbsCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_gids_dienstgebieden_gids_diensten_DienstId",
                        column: x => x.DienstId,
                        principalTable: "gids_diensten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_telefoons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DienstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_telefoons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_telefoons_gids_diensten_DienstId",
                        column: x => x.DienstId,
                        principalTable: "gids_diensten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_dienst_locaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DienstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocatieId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_dienst_locaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_dienst_locaties_gids_diensten_DienstId",
                        column: x => x.DienstId,
                        principalTable: "gids_diensten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_gids_dienst_locaties_gids_locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "gids_locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gids_openingstijden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DienstId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Dagen = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Opent = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Sluit = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gids_openingstijden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gids_openingstijden_gids_diensten_DienstId",
                        column: x => x.DienstId,
                        principalTable: "gids_diensten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_gids_openingstijden_gids_locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "gids_locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gids_contacten_DienstId",
                table: "gids_contacten",
                column: "DienstId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_dienst_locaties_DienstId_LocatieId",
                table: "gids_dienst_locaties",
                columns: new[] { "DienstId", "LocatieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gids_dienst_locaties_LocatieId",
                table: "gids_dienst_locaties",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_diensten_OrganisatieId",
                table: "gids_diensten",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_diensten_Soort",
                table: "gids_diensten",
                column: "Soort");

            migrationBuilder.CreateIndex(
                name: "IX_gids_dienstgebieden_CbsCode",
                table: "gids_dienstgebieden",
                column: "CbsCode");

            migrationBuilder.CreateIndex(
                name: "IX_gids_locaties_GemeenteCode",
                table: "gids_locaties",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_gids_locaties_OrganisatieId",
                table: "gids_locaties",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_openingstijden_DienstId",
                table: "gids_openingstijden",
                column: "DienstId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_openingstijden_LocatieId",
                table: "gids_openingstijden",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_gids_telefoons_DienstId",
                table: "gids_telefoons",
                column: "DienstId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gids_contacten");

            migrationBuilder.DropTable(
                name: "gids_dienst_locaties");

            migrationBuilder.DropTable(
                name: "gids_dienstgebieden");

            migrationBuilder.DropTable(
                name: "gids_openingstijden");

            migrationBuilder.DropTable(
                name: "gids_telefoons");

            migrationBuilder.DropTable(
                name: "gids_locaties");

            migrationBuilder.DropTable(
                name: "gids_diensten");
        }
    }
}
