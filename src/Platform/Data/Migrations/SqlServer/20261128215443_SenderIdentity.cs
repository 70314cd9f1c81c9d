using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SenderIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sender",
                table: "SandboxMessages",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceNumberId",
                table: "SandboxMessages",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceNumberId",
                table: "Recipients",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recipients_ServiceNumberId_SubmittedAt",
                table: "Recipients",
                columns: new[] { "ServiceNumberId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_ServiceNumberId_SubmittedAt",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "Sender",
                table: "SandboxMessages");

            migrationBuilder.DropColumn(
                name: "ServiceNumberId",
                table: "SandboxMessages");

            migrationBuilder.DropColumn(
                name: "ServiceNumberId",
                table: "Recipients");
        }
    }
}
