using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class SturingBasisniveauEigenGegevens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column and its foreign key in one ALTER TABLE: EF's AddForeignKey would rebuild the table with foreign
            // keys switched off, outside the migration's transaction. SQLite takes a REFERENCES clause on an added column
            // whose default is null.
            migrationBuilder.Sql(
                "ALTER TABLE sturing_gemeentebeleid ADD COLUMN \"KennisDocumentId\" TEXT NULL " +
                "CONSTRAINT \"FK_sturing_gemeentebeleid_kennisdocumenten_KennisDocumentId\" REFERENCES kennisdocumenten (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.AddColumn<long>(
                name: "BeeindigdOp",
                table: "sturing_basisniveau_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Beschrijving",
                table: "sturing_basisniveau_items",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ToegevoegdOp",
                table: "sturing_basisniveau_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BeeindigdOp",
                table: "aandachtsfunctionarissen",
                type: "TEXT",
                nullable: true);

            // Officers already inactive left on an unknown day: the end date is their appointment date, so every report
            // reads as before (they never counted); a register keeper who knows the real date enters it.
            migrationBuilder.Sql("UPDATE aandachtsfunctionarissen SET \"BeeindigdOp\" = \"AangesteldOp\" WHERE NOT \"Actief\";");

            migrationBuilder.CreateTable(
                name: "sturing_gemeentebeleid_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentTitel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DocumentLink = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    KennisDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvaluatieIntervalJaren = table.Column<int>(type: "INTEGER", nullable: true),
                    LaatsteEvaluatieOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false)
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
                        name: "FK_sturing_gemeentebeleid_versies_kennisdocumenten_KennisDocumentId",
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
