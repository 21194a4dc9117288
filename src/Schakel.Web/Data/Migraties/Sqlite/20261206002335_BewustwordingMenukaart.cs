using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class BewustwordingMenukaart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bewustwording_aanbod",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AanbiederNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Vormen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Doelgroepen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Talen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Werkvorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DuurMinuten = table.Column<int>(type: "INTEGER", nullable: true),
                    Gemeenten = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kosten = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Voorwaarden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Leerdoelen = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Aanmelding = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ExterneLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    BijgewerktOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_aanbod", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bewustwording_aanbod_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_beleidsantwoorden",
                columns: table => new
                {
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Beleid = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterneAfspraken = table.Column<bool>(type: "INTEGER", nullable: false),
                    Aandachtsfunctionaris = table.Column<bool>(type: "INTEGER", nullable: false),
                    BijgewerktOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_beleidsantwoorden", x => x.GemeenteCode);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_trainingsplannen",
                columns: table => new
                {
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Rollen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AandachtsfunctionarissenVerplicht = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_trainingsplannen", x => new { x.GemeenteCode, x.Jaar });
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_sessies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanbodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Begin = table.Column<long>(type: "INTEGER", nullable: false),
                    Einde = table.Column<long>(type: "INTEGER", nullable: false),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Organisatoren = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Gemeenten = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: false),
                    AanmeldenTot = table.Column<long>(type: "INTEGER", nullable: false),
                    Reeks = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Spoor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Geannuleerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_sessies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bewustwording_sessies_bewustwording_aanbod_AanbodId",
                        column: x => x.AanbodId,
                        principalTable: "bewustwording_aanbod",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_evaluaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Inhoud = table.Column<int>(type: "INTEGER", nullable: false),
                    Trainer = table.Column<int>(type: "INTEGER", nullable: false),
                    Bruikbaarheid = table.Column<int>(type: "INTEGER", nullable: false),
                    Opmerking = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_evaluaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bewustwording_evaluaties_bewustwording_sessies_SessieId",
                        column: x => x.SessieId,
                        principalTable: "bewustwording_sessies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bewustwording_inschrijvingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Volgnummer = table.Column<long>(type: "INTEGER", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    NaamVersleuteld = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmailVersleuteld = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FormulierSleutelHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IngeschrevenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    BewaarTot = table.Column<long>(type: "INTEGER", nullable: true),
                    Aanwezig = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bewustwording_inschrijvingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bewustwording_inschrijvingen_bewustwording_sessies_SessieId",
                        column: x => x.SessieId,
                        principalTable: "bewustwording_sessies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_aanbod_OrganisatieId",
                table: "bewustwording_aanbod",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_evaluaties_SessieId",
                table: "bewustwording_evaluaties",
                column: "SessieId");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_BewaarTot",
                table: "bewustwording_inschrijvingen",
                column: "BewaarTot");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_FormulierSleutelHash",
                table: "bewustwording_inschrijvingen",
                column: "FormulierSleutelHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_GemeenteCode",
                table: "bewustwording_inschrijvingen",
                column: "GemeenteCode");

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_inschrijvingen_SessieId_Status_Volgnummer",
                table: "bewustwording_inschrijvingen",
                columns: new[] { "SessieId", "Status", "Volgnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_bewustwording_sessies_AanbodId_Begin",
                table: "bewustwording_sessies",
                columns: new[] { "AanbodId", "Begin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bewustwording_beleidsantwoorden");

            migrationBuilder.DropTable(
                name: "bewustwording_evaluaties");

            migrationBuilder.DropTable(
                name: "bewustwording_inschrijvingen");

            migrationBuilder.DropTable(
                name: "bewustwording_trainingsplannen");

            migrationBuilder.DropTable(
                name: "bewustwording_sessies");

            migrationBuilder.DropTable(
                name: "bewustwording_aanbod");
        }
    }
}
