using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AppCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppKey",
                table: "SmsApps",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretHash",
                table: "SmsApps",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AppSecretIssuedAt",
                table: "SmsApps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretPrefix",
                table: "SmsApps",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_AppKey",
                table: "SmsApps",
                column: "AppKey",
                unique: true,
                filter: "[AppKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SmsApps_AppKey",
                table: "SmsApps");

            migrationBuilder.DropColumn(
                name: "AppKey",
                table: "SmsApps");

            migrationBuilder.DropColumn(
                name: "AppSecretHash",
                table: "SmsApps");

            migrationBuilder.DropColumn(
                name: "AppSecretIssuedAt",
                table: "SmsApps");

            migrationBuilder.DropColumn(
                name: "AppSecretPrefix",
                table: "SmsApps");
        }
    }
}
