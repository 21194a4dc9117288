using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class KetenSamenwerking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kennisdocumenten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Doelgroep = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uitbuitingsvorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Openbaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kennisdocumenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "overlegorganen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Niveau = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Voorzitter = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LedenOmschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MinimaalPerJaar = table.Column<int>(type: "INTEGER", nullable: false),
                    FrequentieOmschrijving = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Quorumregel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RapporteertAan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overlegorganen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders",
                columns: table => new
                {
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Belang = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Invloed = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BelangOmschrijving = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Bereikbaarheid = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Waarvoor = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders", x => x.OrganisatieId);
                    table.ForeignKey(
                        name: "FK_stakeholders_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kennisdocument_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BestandNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BestandType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Bestand = table.Column<byte[]>(type: "BLOB", nullable: true),
                    BestandGrootte = table.Column<long>(type: "INTEGER", nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kennisdocument_versies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kennisdocument_versies_kennisdocumenten_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "kennisdocumenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bijeenkomsten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverlegorgaanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Datum = table.Column<long>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bijeenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bijeenkomsten_overlegorganen_OverlegorgaanId",
                        column: x => x.OverlegorgaanId,
                        principalTable: "overlegorganen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "overlegorgaan_leden",
                columns: table => new
                {
                    OverlegorgaanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overlegorgaan_leden", x => new { x.OverlegorgaanId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_overlegorgaan_leden_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_overlegorgaan_leden_overlegorganen_OverlegorgaanId",
                        column: x => x.OverlegorgaanId,
                        principalTable: "overlegorganen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "besluitpunten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BijeenkomstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ActieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActiehouderId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_besluitpunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_besluitpunten_bijeenkomsten_BijeenkomstId",
                        column: x => x.BijeenkomstId,
                        principalTable: "bijeenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_besluitpunten_organisaties_ActiehouderId",
                        column: x => x.ActiehouderId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "bijeenkomst_aanwezigheid",
                columns: table => new
                {
                    BijeenkomstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bijeenkomst_aanwezigheid", x => new { x.BijeenkomstId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_bijeenkomst_aanwezigheid_bijeenkomsten_BijeenkomstId",
                        column: x => x.BijeenkomstId,
                        principalTable: "bijeenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_bijeenkomst_aanwezigheid_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_besluitpunten_ActiehouderId",
                table: "besluitpunten",
                column: "ActiehouderId");

            migrationBuilder.CreateIndex(
                name: "IX_besluitpunten_ActieId",
                table: "besluitpunten",
                column: "ActieId");

            migrationBuilder.CreateIndex(
                name: "IX_besluitpunten_BijeenkomstId",
                table: "besluitpunten",
                column: "BijeenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_bijeenkomst_aanwezigheid_OrganisatieId",
                table: "bijeenkomst_aanwezigheid",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_bijeenkomsten_OverlegorgaanId",
                table: "bijeenkomsten",
                column: "OverlegorgaanId");

            migrationBuilder.CreateIndex(
                name: "IX_kennisdocument_versies_DocumentId_Versie",
                table: "kennisdocument_versies",
                columns: new[] { "DocumentId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kennisdocumenten_Code",
                table: "kennisdocumenten",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_overlegorgaan_leden_OrganisatieId",
                table: "overlegorgaan_leden",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_overlegorganen_Code",
                table: "overlegorganen",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "besluitpunten");

            migrationBuilder.DropTable(
                name: "bijeenkomst_aanwezigheid");

            migrationBuilder.DropTable(
                name: "kennisdocument_versies");

            migrationBuilder.DropTable(
                name: "overlegorgaan_leden");

            migrationBuilder.DropTable(
                name: "stakeholders");

            migrationBuilder.DropTable(
                name: "bijeenkomsten");

            migrationBuilder.DropTable(
                name: "kennisdocumenten");

            migrationBuilder.DropTable(
                name: "overlegorganen");
        }
    }
}
