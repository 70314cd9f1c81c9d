using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsTemplates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsSignatures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmartTemplates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumbers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberMenus",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberHomepages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "ReviewTickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "Filings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ChannelNumbers",
                type: "timestamp with time zone",
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
