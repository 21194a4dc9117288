using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Postgres
{
    /// <inheritdoc />
    public partial class PrivacyrechtenGrondslagen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "verwerkingsgrondslagen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Doel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Categorie = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Grondslag = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BeeindigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GewijzigdDoorOrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    GewijzigdDoorRol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verwerkingsgrondslagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_verwerkingsgrondslagen_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verwerkingsgrondslagen_Doel_BeeindigdOp",
                table: "verwerkingsgrondslagen",
                columns: new[] { "Doel", "BeeindigdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_verwerkingsgrondslagen_OrganisatieId",
                table: "verwerkingsgrondslagen",
                column: "OrganisatieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verwerkingsgrondslagen");
        }
    }
}
