using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChannelNumbers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 21, nullable: false),
                    Signatures = table.Column<string>(type: "TEXT", nullable: false),
                    ProofFileIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelNumbers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNumbers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 75, nullable: false),
                    LogoFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignatureAuthorization = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorizationLetterFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LiveName = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    LiveRemark = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    LiveIndustry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LiveIntro = table.Column<string>(type: "TEXT", maxLength: 75, nullable: true),
                    LiveLogoFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiveSignatureAuthorization = table.Column<bool>(type: "INTEGER", nullable: true),
                    LiveAuthorizationLetterFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FirstApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EffectiveAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FrozenReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnfreezeRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    EventTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EventTokenPrefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNumbers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelNumberBindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceNumberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelNumberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelNumberBindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelNumberBindings_ChannelNumbers_ChannelNumberId",
                        column: x => x.ChannelNumberId,
                        principalTable: "ChannelNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChannelNumberBindings_ServiceNumbers_ServiceNumberId",
                        column: x => x.ServiceNumberId,
                        principalTable: "ServiceNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNumberEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceNumberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitorHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNumberEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNumberEvents_ServiceNumbers_ServiceNumberId",
                        column: x => x.ServiceNumberId,
                        principalTable: "ServiceNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNumberHomepages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BackgroundImageFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 75, nullable: false),
                    Hotlines = table.Column<string>(type: "TEXT", nullable: false),
                    QuickApps = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceNumberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNumberHomepages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNumberHomepages_ServiceNumbers_ServiceNumberId",
                        column: x => x.ServiceNumberId,
                        principalTable: "ServiceNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNumberMenus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceNumberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNumberMenus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNumberMenus_ServiceNumbers_ServiceNumberId",
                        column: x => x.ServiceNumberId,
                        principalTable: "ServiceNumbers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumberBindings_ChannelNumberId_Region",
                table: "ChannelNumberBindings",
                columns: new[] { "ChannelNumberId", "Region" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumberBindings_ServiceNumberId",
                table: "ChannelNumberBindings",
                column: "ServiceNumberId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumberBindings_TenantId",
                table: "ChannelNumberBindings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumbers_TenantId",
                table: "ChannelNumbers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumbers_TenantId_Type_Number",
                table: "ChannelNumbers",
                columns: new[] { "TenantId", "Type", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberEvents_ServiceNumberId_Day_Target",
                table: "ServiceNumberEvents",
                columns: new[] { "ServiceNumberId", "Day", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberEvents_TenantId",
                table: "ServiceNumberEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberHomepages_ServiceNumberId_Revision",
                table: "ServiceNumberHomepages",
                columns: new[] { "ServiceNumberId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberHomepages_TenantId",
                table: "ServiceNumberHomepages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberMenus_ServiceNumberId_Revision",
                table: "ServiceNumberMenus",
                columns: new[] { "ServiceNumberId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumberMenus_TenantId",
                table: "ServiceNumberMenus",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_EventTokenHash",
                table: "ServiceNumbers",
                column: "EventTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_Name",
                table: "ServiceNumbers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_Status_FirstApprovedAt",
                table: "ServiceNumbers",
                columns: new[] { "Status", "FirstApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_TenantId",
                table: "ServiceNumbers",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelNumberBindings");

            migrationBuilder.DropTable(
                name: "ServiceNumberEvents");

            migrationBuilder.DropTable(
                name: "ServiceNumberHomepages");

            migrationBuilder.DropTable(
                name: "ServiceNumberMenus");

            migrationBuilder.DropTable(
                name: "ChannelNumbers");

            migrationBuilder.DropTable(
                name: "ServiceNumbers");
        }
    }
}
