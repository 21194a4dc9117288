using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class SturingBasisniveauEigenGegevens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KennisDocumentId",
                table: "sturing_gemeentebeleid",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BeeindigdOp",
                table: "sturing_basisniveau_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beschrijving",
                table: "sturing_basisniveau_items",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ToegevoegdOp",
                table: "sturing_basisniveau_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BeeindigdOp",
                table: "aandachtsfunctionarissen",
                type: "date",
                nullable: true);

            // Officers already inactive left on an unknown day: the end date is their appointment date, so every report
            // reads as before (they never counted); a register keeper who knows the real date enters it.
            migrationBuilder.Sql("UPDATE aandachtsfunctionarissen SET \"BeeindigdOp\" = \"AangesteldOp\" WHERE NOT \"Actief\";");

            migrationBuilder.CreateTable(
                name: "sturing_gemeentebeleid_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentTitel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DocumentLink = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    KennisDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvaluatieIntervalJaren = table.Column<int>(type: "integer", nullable: true),
                    LaatsteEvaluatieOp = table.Column<DateOnly>(type: "date", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    Rol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sturing_gemeentebeleid_versies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sturing_gemeentebeleid_versies_gemeenten_GemeenteCode",
                        column: x => x.GemeenteCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sturing_gemeentebeleid_versies_kennisdocumenten_KennisDocum~",
                        column: x => x.KennisDocumentId,
                        principalTable: "kennisdocumenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sturing_gemeentebeleid_versies_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_gemeentebeleid_KennisDocumentId",
                table: "sturing_gemeentebeleid",
                column: "KennisDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_gemeentebeleid_versies_GemeenteCode_VastgelegdOp",
                table: "sturing_gemeentebeleid_versies",
                columns: new[] { "GemeenteCode", "VastgelegdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_sturing_gemeentebeleid_versies_KennisDocumentId",
                table: "sturing_gemeentebeleid_versies",
                column: "KennisDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_sturing_gemeentebeleid_versies_OrganisatieId",
                table: "sturing_gemeentebeleid_versies",
                column: "OrganisatieId");

            migrationBuilder.AddForeignKey(
                name: "FK_sturing_gemeentebeleid_kennisdocumenten_KennisDocumentId",
                table: "sturing_gemeentebeleid",
                column: "KennisDocumentId",
                principalTable: "kennisdocumenten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_sturing_gemeentebeleid_kennisdocumenten_KennisDocumentId",
                table: "sturing_gemeentebeleid");

            migrationBuilder.DropTable(
                name: "sturing_gemeentebeleid_versies");

            migrationBuilder.DropIndex(
                name: "IX_sturing_gemeentebeleid_KennisDocumentId",
                table: "sturing_gemeentebeleid");

            migrationBuilder.DropColumn(
                name: "KennisDocumentId",
                table: "sturing_gemeentebeleid");

            migrationBuilder.DropColumn(
                name: "BeeindigdOp",
                table: "sturing_basisniveau_items");

            migrationBuilder.DropColumn(
                name: "Beschrijving",
                table: "sturing_basisniveau_items");

            migrationBuilder.DropColumn(
                name: "ToegevoegdOp",
                table: "sturing_basisniveau_items");

            migrationBuilder.DropColumn(
                name: "BeeindigdOp",
                table: "aandachtsfunctionarissen");
        }
    }
}
