using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatisticsServiceNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MessageStatistics_TaskId_Channel_Slot",
                table: "MessageStatistics");

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceNumberId",
                table: "MessageStatistics",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TaskId_Channel_ServiceNumberId_Slot",
                table: "MessageStatistics",
                columns: new[] { "TaskId", "Channel", "ServiceNumberId", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MessageStatistics_TaskId_Channel_ServiceNumberId_Slot",
                table: "MessageStatistics");

            migrationBuilder.DropColumn(
                name: "ServiceNumberId",
                table: "MessageStatistics");

            migrationBuilder.CreateIndex(
                name: "IX_MessageStatistics_TaskId_Channel_Slot",
                table: "MessageStatistics",
                columns: new[] { "TaskId", "Channel", "Slot" },
                unique: true);
        }
    }
}
