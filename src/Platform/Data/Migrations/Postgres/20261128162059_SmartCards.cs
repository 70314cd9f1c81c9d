using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SmartCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Revision",
                table: "SmartTemplates",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ButtonId",
                table: "ShortLinkClicks",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ButtonClicks",
                table: "SendTasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CardParameters",
                table: "SandboxMessages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Parameters",
                table: "Recipients",
                type: "text[]",
                nullable: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "SmartTemplates");

            migrationBuilder.DropColumn(
                name: "ButtonId",
                table: "ShortLinkClicks");

            migrationBuilder.DropColumn(
                name: "ButtonClicks",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "CardParameters",
                table: "SandboxMessages");

            migrationBuilder.DropColumn(
                name: "Parameters",
                table: "Recipients");
        }
    }
}
