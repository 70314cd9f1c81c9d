using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MessageStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FinishedAt",
                table: "Recipients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MessageStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slot = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SmsAppId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    SmsTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    SmartTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    VideoTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    Submitted = table.Column<int>(type: "integer", nullable: false),
                    Sent = table.Column<int>(type: "integer", nullable: false),
                    Delivered = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Expired = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    Cancelled = table.Column<int>(type: "integer", nullable: false),
                    Clicks = table.Column<int>(type: "integer", nullable: false),
                    UniqueClicks = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageStatistics", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TaskId_Channel_Slot",
                table: "MessageStatistics",
                columns: new[] { "TaskId", "Channel", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TenantId",
                table: "MessageStatistics",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TenantId_Slot",
                table: "MessageStatistics",
                columns: new[] { "TenantId", "Slot" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MessageStatistics");

            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "Recipients");
        }
    }
}
