using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretHash",
                table: "SmsApps",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AppSecretIssuedAt",
                table: "SmsApps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretPrefix",
                table: "SmsApps",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsApps_AppKey",
                table: "SmsApps",
                column: "AppKey",
                unique: true);
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
