using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmsSignatures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "SmartTemplates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumbers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberMenus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ServiceNumberHomepages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "ReviewTickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "Filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "ChannelNumbers",
                type: "TEXT",
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
