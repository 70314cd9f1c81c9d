using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Lifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SmsSignatures_TenantId_Name_Type",
                table: "SmsSignatures");

            migrationBuilder.DropIndex(
                name: "IX_SmsApps_TenantId_Slot",
                table: "SmsApps");

            migrationBuilder.DropIndex(
                name: "IX_ServiceNumbers_Name",
                table: "ServiceNumbers");

            migrationBuilder.DropIndex(
                name: "IX_ChannelNumbers_TenantId_Type_Number",
                table: "ChannelNumbers");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "VideoTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicationNote",
                table: "SmsTemplates",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "SmsTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "SmsSignatures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "SmsApps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "SmartTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "ServiceNumbers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "SendTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "ChannelNumbers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_TenantId_Name_Type",
                table: "SmsSignatures",
                columns: new[] { "TenantId", "Name", "Type" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_TenantId_Slot",
                table: "SmsApps",
                columns: new[] { "TenantId", "Slot" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_Name",
                table: "ServiceNumbers",
                column: "Name",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumbers_TenantId_Type_Number",
                table: "ChannelNumbers",
                columns: new[] { "TenantId", "Type", "Number" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SmsSignatures_TenantId_Name_Type",
                table: "SmsSignatures");

            migrationBuilder.DropIndex(
                name: "IX_SmsApps_TenantId_Slot",
                table: "SmsApps");

            migrationBuilder.DropIndex(
                name: "IX_ServiceNumbers_Name",
                table: "ServiceNumbers");

            migrationBuilder.DropIndex(
                name: "IX_ChannelNumbers_TenantId_Type_Number",
                table: "ChannelNumbers");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "VideoTemplates");

            migrationBuilder.DropColumn(
                name: "ApplicationNote",
                table: "SmsTemplates");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SmsTemplates");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SmsSignatures");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SmsApps");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SmartTemplates");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "ServiceNumbers");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "ChannelNumbers");

            migrationBuilder.CreateIndex(
                name: "IX_SmsSignatures_TenantId_Name_Type",
                table: "SmsSignatures",
                columns: new[] { "TenantId", "Name", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_TenantId_Slot",
                table: "SmsApps",
                columns: new[] { "TenantId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNumbers_Name",
                table: "ServiceNumbers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelNumbers_TenantId_Type_Number",
                table: "ChannelNumbers",
                columns: new[] { "TenantId", "Type", "Number" },
                unique: true);
        }
    }
}
