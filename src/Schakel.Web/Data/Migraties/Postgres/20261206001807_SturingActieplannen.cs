using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class SturingActieplannen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sturing_basisniveau_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    NaamNl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NaamEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Bron = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Berekening = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_basisniveau_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "sturing_gemeentebeleid",
                columns: table => new
                {
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentTitel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DocumentLink = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    EvaluatieIntervalJaren = table.Column<int>(type: "integer", nullable: true),
                    LaatsteEvaluatieOp = table.Column<DateOnly>(type: "date", nullable: true),
                    HerinneringVerstuurdVoor = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_gemeentebeleid", x => x.GemeenteCode);
                    table.ForeignKey(
                        name: "FK_sturing_gemeentebeleid_gemeenten_GemeenteCode",
                        column: x => x.GemeenteCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_plannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Niveau = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EenheidCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Bron = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    BronLink = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    VanJaar = table.Column<int>(type: "integer", nullable: false),
                    TotJaar = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_plannen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sturing_basisniveau_antwoorden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stand = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Bewijs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    BevestigdDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BevestigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_basisniveau_antwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_basisniveau_antwoorden_gemeenten_GemeenteCode",
                        column: x => x.GemeenteCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sturing_basisniveau_antwoorden_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sturing_basisniveau_antwoorden_sturing_basisniveau_items_It~",
                        column: x => x.ItemCode,
                        principalTable: "sturing_basisniveau_items",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_actielijnen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_actielijnen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_actielijnen_sturing_plannen_PlanId",
                        column: x => x.PlanId,
                        principalTable: "sturing_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_tegenstrijdigheden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BronA = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BronB = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_tegenstrijdigheden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_tegenstrijdigheden_sturing_plannen_PlanId",
                        column: x => x.PlanId,
                        principalTable: "sturing_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_begrotingsregels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActielijnId = table.Column<Guid>(type: "uuid", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ActieNummers = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Bedrag = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_begrotingsregels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_begrotingsregels_sturing_actielijnen_ActielijnId",
                        column: x => x.ActielijnId,
                        principalTable: "sturing_actielijnen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_doelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActielijnId = table.Column<Guid>(type: "uuid", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Doeljaar = table.Column<int>(type: "integer", nullable: true),
                    BeoogdEffect = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_doelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_doelen_sturing_actielijnen_ActielijnId",
                        column: x => x.ActielijnId,
                        principalTable: "sturing_actielijnen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_acties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActielijnId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoelId = table.Column<Guid>(type: "uuid", nullable: true),
                    Nummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Eigenaren = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Betrokkenen = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Vormen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlanningTekst = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlanningOpslag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_acties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_acties_sturing_actielijnen_ActielijnId",
                        column: x => x.ActielijnId,
                        principalTable: "sturing_actielijnen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sturing_acties_sturing_doelen_DoelId",
                        column: x => x.DoelId,
                        principalTable: "sturing_doelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sturing_acties_sturing_plannen_PlanId",
                        column: x => x.PlanId,
                        principalTable: "sturing_plannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_actie_eigenaren",
                columns: table => new
                {
                    ActieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisatieType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_actie_eigenaren", x => new { x.ActieId, x.Naam });
                    table.ForeignKey(
                        name: "FK_sturing_actie_eigenaren_sturing_acties_ActieId",
                        column: x => x.ActieId,
                        principalTable: "sturing_acties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sturing_voortgang",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Kwartaal = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kleur = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VolgendeStap = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Risicos = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Formuliersleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_voortgang", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_voortgang_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sturing_voortgang_sturing_acties_ActieId",
                        column: x => x.ActieId,
                        principalTable: "sturing_acties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_actielijnen_PlanId_Nummer",
                table: "sturing_actielijnen",
                columns: new[] { "PlanId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_acties_ActielijnId",
                table: "sturing_acties",
                column: "ActielijnId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_acties_DoelId",
                table: "sturing_acties",
                column: "DoelId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_acties_PlanId_Nummer",
                table: "sturing_acties",
                columns: new[] { "PlanId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_basisniveau_antwoorden_GemeenteCode_ItemCode_Bevest~",
                table: "sturing_basisniveau_antwoorden",
                columns: new[] { "GemeenteCode", "ItemCode", "BevestigdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_basisniveau_antwoorden_ItemCode",
                table: "sturing_basisniveau_antwoorden",
                column: "ItemCode");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_basisniveau_antwoorden_OrganisatieId",
                table: "sturing_basisniveau_antwoorden",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_begrotingsregels_ActielijnId",
                table: "sturing_begrotingsregels",
                column: "ActielijnId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_doelen_ActielijnId",
                table: "sturing_doelen",
                column: "ActielijnId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_plannen_Code",
                table: "sturing_plannen",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_tegenstrijdigheden_Code",
                table: "sturing_tegenstrijdigheden",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_tegenstrijdigheden_PlanId",
                table: "sturing_tegenstrijdigheden",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_voortgang_ActieId_Jaar_Kwartaal",
                table: "sturing_voortgang",
                columns: new[] { "ActieId", "Jaar", "Kwartaal" });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_voortgang_Formuliersleutel",
                table: "sturing_voortgang",
                column: "Formuliersleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sturing_voortgang_OrganisatieId",
                table: "sturing_voortgang",
                column: "OrganisatieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sturing_actie_eigenaren");

            migrationBuilder.DropTable(
                name: "sturing_basisniveau_antwoorden");

            migrationBuilder.DropTable(
                name: "sturing_begrotingsregels");

            migrationBuilder.DropTable(
                name: "sturing_gemeentebeleid");

            migrationBuilder.DropTable(
                name: "sturing_tegenstrijdigheden");

            migrationBuilder.DropTable(
                name: "sturing_voortgang");

            migrationBuilder.DropTable(
                name: "sturing_basisniveau_items");

            migrationBuilder.DropTable(
                name: "sturing_acties");

            migrationBuilder.DropTable(
                name: "sturing_doelen");

            migrationBuilder.DropTable(
                name: "sturing_actielijnen");

            migrationBuilder.DropTable(
                name: "sturing_plannen");
        }
    }
}
