using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schakel.Web.Data.Migraties.Sqlite
{
    /// <inheritdoc />
    public partial class Initieel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_regels",
                columns: table => new
                {
                    Volgnummer = table.Column<long>(type: "INTEGER", nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actie = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Resultaat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Herkomst = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    VorigeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_regels", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "eenheden",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eenheden", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "grondslagen",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MaximaalDeelniveau = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Voorwaarde = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grondslagen", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "indicatoren",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Groep = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Uitbuitingsvormen = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LabelNl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicatoren", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "meldroute_regels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    VoorwaardenJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UitkomstenJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    GeldigVanaf = table.Column<long>(type: "INTEGER", nullable: false),
                    VervangenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meldroute_regels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Partijcategorie = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Openingstijden = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DagEnNacht = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plaatsingsbevoegdheid",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Regels = table.Column<string>(type: "TEXT", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plaatsingsbevoegdheid", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "districten",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_districten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_districten_eenheden_EenheidCode",
                        column: x => x.EenheidCode,
                        principalTable: "eenheden",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gemeenten",
                columns: table => new
                {
                    CbsCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", nullable: false),
                    Deelregio = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Zekerheid = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gemeenten", x => x.CbsCode);
                    table.ForeignKey(
                        name: "FK_gemeenten_eenheden_EenheidCode",
                        column: x => x.EenheidCode,
                        principalTable: "eenheden",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rollen = table.Column<string>(type: "TEXT", nullable: false),
                    GeheimHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Aangemaakt = table.Column<long>(type: "INTEGER", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    Gedeactiveerd = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_api_clients_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    LaatsteTotpStap = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notificaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GemaildOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notificaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notificaties_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opvanglocaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    GemeenteNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Breedtegraad = table.Column<double>(type: "REAL", nullable: true),
                    Lengtegraad = table.Column<double>(type: "REAL", nullable: true),
                    Contact24Uur = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdresVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    GeheimAdres = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvanglocaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opvanglocaties_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plaatsingsverzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanvragerOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Behoefte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GevondenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GevondenInGemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    InschrijvingsgemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    VerantwoordelijkeGemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Urgentie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    EersteOpvangOp = table.Column<long>(type: "INTEGER", nullable: true),
                    VervolgGeregeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Afgesloten = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerstuurdeEscalaties = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plaatsingsverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plaatsingsverzoeken_organisaties_AanvragerOrganisatieId",
                        column: x => x.AanvragerOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "basisteams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_basisteams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_basisteams_districten_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gemeente_districten",
                columns: table => new
                {
                    CbsCode = table.Column<string>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gemeente_districten", x => new { x.CbsCode, x.DistrictId });
                    table.ForeignKey(
                        name: "FK_gemeente_districten_districten_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_gemeente_districten_gemeenten_CbsCode",
                        column: x => x.CbsCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_werkgebieden",
                columns: table => new
                {
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CbsCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_werkgebieden", x => new { x.OrganisatieId, x.CbsCode });
                    table.ForeignKey(
                        name: "FK_organisatie_werkgebieden_gemeenten_CbsCode",
                        column: x => x.CbsCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organisatie_werkgebieden_organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MelderType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kanaal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OmschrijvingVersleuteld = table.Column<string>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    PlaatsVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    TijdstipVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    Uitbuitingsvormen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Indicatoren = table.Column<string>(type: "TEXT", maxLength: 2100, nullable: false),
                    BetrokkenenVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    MinderjarigBetrokken = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AcuutGevaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Taal = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ContactVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    ContactToestemming = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SamengevoegdMetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OntvangenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TeruggekoppeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    IngezienOp = table.Column<long>(type: "INTEGER", nullable: true),
                    MeldpuntOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndienerOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndienerMedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndienerClient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OntvangstcodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meldingen_AspNetUsers_IndienerMedewerkerId",
                        column: x => x.IndienerMedewerkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meldingen_meldingen_SamengevoegdMetId",
                        column: x => x.SamengevoegdMetId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meldingen_organisaties_IndienerOrganisatieId",
                        column: x => x.IndienerOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meldingen_organisaties_MeldpuntOrganisatieId",
                        column: x => x.MeldpuntOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plekkenpools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpvanglocatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Fase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: false),
                    Bezet = table.Column<int>(type: "INTEGER", nullable: false),
                    BuitenGebruik = table.Column<int>(type: "INTEGER", nullable: false),
                    BijgewerktOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plekkenpools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plekkenpools_opvanglocaties_OpvanglocatieId",
                        column: x => x.OpvanglocatieId,
                        principalTable: "opvanglocaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "nachten_zonder_plek",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaatsingsverzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nacht = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verblijf = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nachten_zonder_plek", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nachten_zonder_plek_plaatsingsverzoeken_PlaatsingsverzoekId",
                        column: x => x.PlaatsingsverzoekId,
                        principalTable: "plaatsingsverzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "onvervulde_vraag",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaatsingsverzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stap = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onvervulde_vraag", x => x.Id);
                    table.ForeignKey(
                        name: "FK_onvervulde_vraag_plaatsingsverzoeken_PlaatsingsverzoekId",
                        column: x => x.PlaatsingsverzoekId,
                        principalTable: "plaatsingsverzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opvang_escalaties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaatsingsverzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvang_escalaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opvang_escalaties_plaatsingsverzoeken_PlaatsingsverzoekId",
                        column: x => x.PlaatsingsverzoekId,
                        principalTable: "plaatsingsverzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gemeente_basisteams",
                columns: table => new
                {
                    CbsCode = table.Column<string>(type: "TEXT", nullable: false),
                    BasisteamId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gemeente_basisteams", x => new { x.CbsCode, x.BasisteamId });
                    table.ForeignKey(
                        name: "FK_gemeente_basisteams_basisteams_BasisteamId",
                        column: x => x.BasisteamId,
                        principalTable: "basisteams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_gemeente_basisteams_gemeenten_CbsCode",
                        column: x => x.CbsCode,
                        principalTable: "gemeenten",
                        principalColumn: "CbsCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "melding_berichten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    Sjabloon = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    TekstVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_melding_berichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_melding_berichten_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "melding_statushistorie",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Gebeurtenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_melding_statushistorie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_melding_statushistorie_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "melding_triages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    Uitbuitingsvormen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Indicatoren = table.Column<string>(type: "TEXT", maxLength: 2100, nullable: false),
                    Urgentie = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MinderjarigBetrokken = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Zijde = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    MelderIsGemeentemedewerker = table.Column<bool>(type: "INTEGER", nullable: false),
                    IllegaleProstitutieOfMalafideBedrijf = table.Column<bool>(type: "INTEGER", nullable: false),
                    Aanknopingspunten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AanknopingspuntenVersleuteld = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_melding_triages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_melding_triages_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bezetting_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlekkenpoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: false),
                    Bezet = table.Column<int>(type: "INTEGER", nullable: false),
                    BuitenGebruik = table.Column<int>(type: "INTEGER", nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bezetting_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bezetting_snapshots_plekkenpools_PlekkenpoolId",
                        column: x => x.PlekkenpoolId,
                        principalTable: "plekkenpools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reserveringen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaatsingsverzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlekkenpoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AanvragerOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stap = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VerlooptOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AfgehandeldOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserveringen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reserveringen_plaatsingsverzoeken_PlaatsingsverzoekId",
                        column: x => x.PlaatsingsverzoekId,
                        principalTable: "plaatsingsverzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reserveringen_plekkenpools_PlekkenpoolId",
                        column: x => x.PlekkenpoolId,
                        principalTable: "plekkenpools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "melding_bijlagen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BerichtId = table.Column<long>(type: "INTEGER", nullable: true),
                    Van = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BestandsnaamVersleuteld = table.Column<string>(type: "TEXT", nullable: false),
                    Grootte = table.Column<long>(type: "INTEGER", nullable: false),
                    InhoudVersleuteld = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_melding_bijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_melding_bijlagen_melding_berichten_BerichtId",
                        column: x => x.BerichtId,
                        principalTable: "melding_berichten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_melding_bijlagen_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routebesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TriageId = table.Column<long>(type: "INTEGER", nullable: false),
                    MeldrouteVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    Afwijkingen = table.Column<string>(type: "TEXT", nullable: false),
                    AfwijkingRedenVersleuteld = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routebesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_routebesluiten_melding_triages_TriageId",
                        column: x => x.TriageId,
                        principalTable: "melding_triages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routebesluiten_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plaatsingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReserveringId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaatsingsverzoekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlekkenpoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stap = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VerantwoordelijkeGemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OpgenomenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    OntslagenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Uitstroom = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plaatsingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plaatsingen_reserveringen_ReserveringId",
                        column: x => x.ReserveringId,
                        principalTable: "reserveringen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doorverwijzingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeldingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoutebesluitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AfzenderOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OntvangerOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deelniveau = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GrondslagCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToestemmingSlachtoffer = table.Column<bool>(type: "INTEGER", nullable: false),
                    RedenVitaalBelangVersleuteld = table.Column<string>(type: "TEXT", nullable: true),
                    MetMeldergegevens = table.Column<bool>(type: "INTEGER", nullable: false),
                    ToestemmingMelder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Urgentie = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Spoed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegelCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RegelVersie = table.Column<int>(type: "INTEGER", nullable: true),
                    Uitleg = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VerstuurdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    EersteActieUiterlijk = table.Column<long>(type: "INTEGER", nullable: false),
                    EersteActieOp = table.Column<long>(type: "INTEGER", nullable: true),
                    AfgeslotenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doorverwijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doorverwijzingen_grondslagen_GrondslagCode",
                        column: x => x.GrondslagCode,
                        principalTable: "grondslagen",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doorverwijzingen_meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_doorverwijzingen_organisaties_AfzenderOrganisatieId",
                        column: x => x.AfzenderOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doorverwijzingen_organisaties_OntvangerOrganisatieId",
                        column: x => x.OntvangerOrganisatieId,
                        principalTable: "organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_doorverwijzingen_routebesluiten_RoutebesluitId",
                        column: x => x.RoutebesluitId,
                        principalTable: "routebesluiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "doorverwijzing_berichten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DoorverwijzingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VanOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    TekstVersleuteld = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doorverwijzing_berichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doorverwijzing_berichten_doorverwijzingen_DoorverwijzingId",
                        column: x => x.DoorverwijzingId,
                        principalTable: "doorverwijzingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doorverwijzing_historie",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DoorverwijzingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Van = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Naar = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tijdstip = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doorverwijzing_historie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doorverwijzing_historie_doorverwijzingen_DoorverwijzingId",
                        column: x => x.DoorverwijzingId,
                        principalTable: "doorverwijzingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_clients_ClientId",
                table: "api_clients",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_clients_OrganisatieId",
                table: "api_clients",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisatieId",
                table: "AspNetUsers",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_regels_ObjectType_ObjectId",
                table: "audit_regels",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_regels_Tijdstip",
                table: "audit_regels",
                column: "Tijdstip");

            migrationBuilder.CreateIndex(
                name: "IX_basisteams_DistrictId",
                table: "basisteams",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_bezetting_snapshots_PlekkenpoolId_Tijdstip",
                table: "bezetting_snapshots",
                columns: new[] { "PlekkenpoolId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_districten_EenheidCode",
                table: "districten",
                column: "EenheidCode");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzing_berichten_DoorverwijzingId",
                table: "doorverwijzing_berichten",
                column: "DoorverwijzingId");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzing_historie_DoorverwijzingId",
                table: "doorverwijzing_historie",
                column: "DoorverwijzingId");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_AfzenderOrganisatieId",
                table: "doorverwijzingen",
                column: "AfzenderOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_GrondslagCode",
                table: "doorverwijzingen",
                column: "GrondslagCode");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_MeldingId_OntvangerOrganisatieId",
                table: "doorverwijzingen",
                columns: new[] { "MeldingId", "OntvangerOrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_OntvangerOrganisatieId_Status_EersteActieUiterlijk",
                table: "doorverwijzingen",
                columns: new[] { "OntvangerOrganisatieId", "Status", "EersteActieUiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_open",
                table: "doorverwijzingen",
                columns: new[] { "OntvangerOrganisatieId", "EersteActieUiterlijk", "Id" },
                filter: "\"Status\" <> 'Afgesloten'");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_RoutebesluitId",
                table: "doorverwijzingen",
                column: "RoutebesluitId");

            migrationBuilder.CreateIndex(
                name: "IX_doorverwijzingen_wacht_op_eerste_actie",
                table: "doorverwijzingen",
                columns: new[] { "OntvangerOrganisatieId", "EersteActieUiterlijk", "Id" },
                filter: "\"Status\" <> 'Afgesloten' AND \"EersteActieOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_gemeente_basisteams_BasisteamId",
                table: "gemeente_basisteams",
                column: "BasisteamId");

            migrationBuilder.CreateIndex(
                name: "IX_gemeente_districten_DistrictId",
                table: "gemeente_districten",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_gemeenten_EenheidCode",
                table: "gemeenten",
                column: "EenheidCode");

            migrationBuilder.CreateIndex(
                name: "IX_grondslagen_Categorie",
                table: "grondslagen",
                column: "Categorie");

            migrationBuilder.CreateIndex(
                name: "IX_melding_berichten_MeldingId",
                table: "melding_berichten",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_melding_bijlagen_BerichtId",
                table: "melding_bijlagen",
                column: "BerichtId");

            migrationBuilder.CreateIndex(
                name: "IX_melding_bijlagen_MeldingId",
                table: "melding_bijlagen",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_melding_statushistorie_MeldingId",
                table: "melding_statushistorie",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_melding_triages_MeldingId_Id",
                table: "melding_triages",
                columns: new[] { "MeldingId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_IndienerMedewerkerId",
                table: "meldingen",
                column: "IndienerMedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_IndienerOrganisatieId",
                table: "meldingen",
                column: "IndienerOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_MeldpuntOrganisatieId_Status_OntvangenOp",
                table: "meldingen",
                columns: new[] { "MeldpuntOrganisatieId", "Status", "OntvangenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_OntvangstcodeHash",
                table: "meldingen",
                column: "OntvangstcodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_SamengevoegdMetId",
                table: "meldingen",
                column: "SamengevoegdMetId");

            migrationBuilder.CreateIndex(
                name: "IX_meldroute_regels_Code_Versie",
                table: "meldroute_regels",
                columns: new[] { "Code", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meldroute_regels_VervangenOp",
                table: "meldroute_regels",
                column: "VervangenOp");

            migrationBuilder.CreateIndex(
                name: "IX_nachten_zonder_plek_PlaatsingsverzoekId_Nacht",
                table: "nachten_zonder_plek",
                columns: new[] { "PlaatsingsverzoekId", "Nacht" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notificaties_GemaildOp",
                table: "notificaties",
                column: "GemaildOp");

            migrationBuilder.CreateIndex(
                name: "IX_notificaties_OrganisatieId_AangemaaktOp",
                table: "notificaties",
                columns: new[] { "OrganisatieId", "AangemaaktOp" });

            migrationBuilder.CreateIndex(
                name: "IX_onvervulde_vraag_PlaatsingsverzoekId_Stap_Reden",
                table: "onvervulde_vraag",
                columns: new[] { "PlaatsingsverzoekId", "Stap", "Reden" });

            migrationBuilder.CreateIndex(
                name: "IX_opvang_escalaties_PlaatsingsverzoekId",
                table: "opvang_escalaties",
                column: "PlaatsingsverzoekId");

            migrationBuilder.CreateIndex(
                name: "IX_opvanglocaties_OrganisatieId",
                table: "opvanglocaties",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_werkgebieden_CbsCode",
                table: "organisatie_werkgebieden",
                column: "CbsCode");

            migrationBuilder.CreateIndex(
                name: "IX_organisaties_Naam",
                table: "organisaties",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plaatsingen_ReserveringId",
                table: "plaatsingen",
                column: "ReserveringId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plaatsingsverzoeken_AanvragerOrganisatieId",
                table: "plaatsingsverzoeken",
                column: "AanvragerOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_plaatsingsverzoeken_Afgesloten_GevondenOp",
                table: "plaatsingsverzoeken",
                columns: new[] { "Afgesloten", "GevondenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_plekkenpools_OpvanglocatieId",
                table: "plekkenpools",
                column: "OpvanglocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_reserveringen_AanvragerOrganisatieId_IdempotencyKey",
                table: "reserveringen",
                columns: new[] { "AanvragerOrganisatieId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reserveringen_PlaatsingsverzoekId",
                table: "reserveringen",
                column: "PlaatsingsverzoekId");

            migrationBuilder.CreateIndex(
                name: "IX_reserveringen_PlekkenpoolId_Status_VerlooptOp",
                table: "reserveringen",
                columns: new[] { "PlekkenpoolId", "Status", "VerlooptOp" });

            migrationBuilder.CreateIndex(
                name: "IX_routebesluiten_MeldingId",
                table: "routebesluiten",
                column: "MeldingId");

            migrationBuilder.CreateIndex(
                name: "IX_routebesluiten_TriageId",
                table: "routebesluiten",
                column: "TriageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_regels");

            migrationBuilder.DropTable(
                name: "bezetting_snapshots");

            migrationBuilder.DropTable(
                name: "doorverwijzing_berichten");

            migrationBuilder.DropTable(
                name: "doorverwijzing_historie");

            migrationBuilder.DropTable(
                name: "gemeente_basisteams");

            migrationBuilder.DropTable(
                name: "gemeente_districten");

            migrationBuilder.DropTable(
                name: "indicatoren");

            migrationBuilder.DropTable(
                name: "melding_bijlagen");

            migrationBuilder.DropTable(
                name: "melding_statushistorie");

            migrationBuilder.DropTable(
                name: "meldroute_regels");

            migrationBuilder.DropTable(
                name: "nachten_zonder_plek");

            migrationBuilder.DropTable(
                name: "notificaties");

            migrationBuilder.DropTable(
                name: "onvervulde_vraag");

            migrationBuilder.DropTable(
                name: "opvang_escalaties");

            migrationBuilder.DropTable(
                name: "organisatie_werkgebieden");

            migrationBuilder.DropTable(
                name: "plaatsingen");

            migrationBuilder.DropTable(
                name: "plaatsingsbevoegdheid");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "doorverwijzingen");

            migrationBuilder.DropTable(
                name: "basisteams");

            migrationBuilder.DropTable(
                name: "melding_berichten");

            migrationBuilder.DropTable(
                name: "gemeenten");

            migrationBuilder.DropTable(
                name: "reserveringen");

            migrationBuilder.DropTable(
                name: "grondslagen");

            migrationBuilder.DropTable(
                name: "routebesluiten");

            migrationBuilder.DropTable(
                name: "districten");

            migrationBuilder.DropTable(
                name: "plaatsingsverzoeken");

            migrationBuilder.DropTable(
                name: "plekkenpools");

            migrationBuilder.DropTable(
                name: "melding_triages");

            migrationBuilder.DropTable(
                name: "eenheden");

            migrationBuilder.DropTable(
                name: "opvanglocaties");

            migrationBuilder.DropTable(
                name: "meldingen");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "organisaties");
        }
    }
}
