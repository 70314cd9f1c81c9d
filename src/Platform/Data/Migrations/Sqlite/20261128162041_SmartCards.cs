using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ButtonId",
                table: "ShortLinkClicks",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ButtonClicks",
                table: "SendTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CardParameters",
                table: "SandboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Parameters",
                table: "Recipients",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
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
