using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotasSeedChecksAndServiceNumberStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MessageStatistics_TaskId_Channel_Slot",
                table: "MessageStatistics");

            migrationBuilder.AddColumn<bool>(
                name: "ApprovedContainsQrCode",
                table: "VideoTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ContainsQrCode",
                table: "VideoTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceNumberId",
                table: "MessageStatistics",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "QuotaPackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    Consumed = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaPackages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuotaEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PackageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotaEntries_QuotaPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "QuotaPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuotaHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    Consumed = table.Column<int>(type: "INTEGER", nullable: false),
                    Released = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuotaHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuotaHolds_QuotaPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "QuotaPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TaskId_Channel_ServiceNumberId_Slot",
                table: "MessageStatistics",
                columns: new[] { "TaskId", "Channel", "ServiceNumberId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuotaEntries_PackageId",
                table: "QuotaEntries",
                column: "PackageId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaEntries_TaskId",
                table: "QuotaEntries",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaEntries_TenantId",
                table: "QuotaEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaEntries_TenantId_CreatedAt",
                table: "QuotaEntries",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuotaHolds_PackageId",
                table: "QuotaHolds",
                column: "PackageId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaHolds_TaskId",
                table: "QuotaHolds",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaHolds_TenantId",
                table: "QuotaHolds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaPackages_TenantId",
                table: "QuotaPackages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuotaPackages_TenantId_Product_ValidTo",
                table: "QuotaPackages",
                columns: new[] { "TenantId", "Product", "ValidTo" });

            // The one 视频短信承诺函 a filing carried before covered dynamic parameters, short links and QR codes
            // alike: it stands for each of the three letters that replace it.
            foreach (var table in new[] { "FilingDocuments", "FilingApprovedDocuments" })
            {
                foreach (var variant in new[] { "VideoSmsCommitmentLetterShortLink", "VideoSmsCommitmentLetterQrCode" })
                    migrationBuilder.Sql($"INSERT INTO \"{table}\" (\"FilingId\", \"Type\", \"FileId\") SELECT \"FilingId\", '{variant}', \"FileId\" FROM \"{table}\" WHERE \"Type\" = 'VideoSmsCommitmentLetter'");
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"Type\" = 'VideoSmsCommitmentLetterDynamicParameters' WHERE \"Type\" = 'VideoSmsCommitmentLetter'");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuotaEntries");

            migrationBuilder.DropTable(
                name: "QuotaHolds");

            migrationBuilder.DropTable(
                name: "QuotaPackages");

            migrationBuilder.DropIndex(
                name: "IX_MessageStatistics_TaskId_Channel_ServiceNumberId_Slot",
                table: "MessageStatistics");

            migrationBuilder.DropColumn(
                name: "ApprovedContainsQrCode",
                table: "VideoTemplates");

            migrationBuilder.DropColumn(
                name: "ContainsQrCode",
                table: "VideoTemplates");

            migrationBuilder.DropColumn(
                name: "ServiceNumberId",
                table: "MessageStatistics");

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TaskId_Channel_Slot",
                table: "MessageStatistics",
                columns: new[] { "TaskId", "Channel", "Slot" },
                unique: true);
        }
    }
}
