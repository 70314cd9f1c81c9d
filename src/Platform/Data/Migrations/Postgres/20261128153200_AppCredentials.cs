using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Postgres
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretHash",
                table: "SmsApps",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AppSecretIssuedAt",
                table: "SmsApps",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppSecretPrefix",
                table: "SmsApps",
                type: "character varying(10)",
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
