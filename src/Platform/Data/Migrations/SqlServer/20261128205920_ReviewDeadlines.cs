using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "VideoTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsSignatures",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmartTemplates",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumbers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberMenus",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberHomepages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "ReviewTickets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "Filings",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ChannelNumbers",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "VideoTemplates");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "SmsTemplates");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "SmsSignatures");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "SmartTemplates");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "ServiceNumbers");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "ServiceNumberMenus");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "ServiceNumberHomepages");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "ReviewTickets");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "ChannelNumbers");
        }
    }
}
