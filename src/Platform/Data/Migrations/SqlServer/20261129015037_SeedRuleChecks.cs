using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SeedRuleChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ApprovedContainsQrCode",
                table: "VideoTemplates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ContainsQrCode",
                table: "VideoTemplates",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedContainsQrCode",
                table: "VideoTemplates");

            migrationBuilder.DropColumn(
                name: "ContainsQrCode",
                table: "VideoTemplates");
        }
    }
}
