using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SendTaskPreparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "SendTasks",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreparationOwner",
                table: "SendTasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PreparationUntil",
                table: "SendTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Prepared",
                table: "SendTasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Tasks created before background preparation had every recipient written at creation.
            migrationBuilder.Sql("UPDATE \"SendTasks\" SET \"Prepared\" = \"Total\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "PreparationOwner",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "PreparationUntil",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "Prepared",
                table: "SendTasks");
        }
    }
}
