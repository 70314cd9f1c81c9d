using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SmartTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPlatformShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false),
                    Pages = table.Column<string>(type: "TEXT", nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmartTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SmsApps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SuspendedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsApps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SmsSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InvolvesThirdParty = table.Column<bool>(type: "INTEGER", nullable: false),
                    LicenseFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationNote = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
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
                    table.PrimaryKey("PK_SmsSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SmsSignatures_Files_LicenseFileId",
                        column: x => x.LicenseFileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SmsSignatures_SmsApps_AppId",
                        column: x => x.AppId,
                        principalTable: "SmsApps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SmsTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignatureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ForSmartMessages = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasApprovedRevision = table.Column<bool>(type: "INTEGER", nullable: false),
                    Variables = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SmsTemplates_SmsApps_AppId",
                        column: x => x.AppId,
                        principalTable: "SmsApps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SmsTemplates_SmsSignatures_SignatureId",
                        column: x => x.SignatureId,
                        principalTable: "SmsSignatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SmartTemplates_IsPlatformShared",
                table: "SmartTemplates",
                column: "IsPlatformShared");

            migrationBuilder.CreateIndex(
                name: "IX_SmartTemplates_TenantId",
                table: "SmartTemplates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_TenantId",
                table: "SmsApps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_TenantId_Slot",
                table: "SmsApps",
                columns: new[] { "TenantId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_AppId",
                table: "SmsSignatures",
                column: "AppId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_LicenseFileId",
                table: "SmsSignatures",
                column: "LicenseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_TenantId",
                table: "SmsSignatures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_TenantId_Name_Type",
                table: "SmsSignatures",
                columns: new[] { "TenantId", "Name", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsTemplates_AppId",
                table: "SmsTemplates",
                column: "AppId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsTemplates_SignatureId",
                table: "SmsTemplates",
                column: "SignatureId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsTemplates_TenantId",
                table: "SmsTemplates",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SmartTemplates");

            migrationBuilder.DropTable(
                name: "SmsTemplates");

            migrationBuilder.DropTable(
                name: "SmsSignatures");

            migrationBuilder.DropTable(
                name: "SmsApps");
        }
    }
}
