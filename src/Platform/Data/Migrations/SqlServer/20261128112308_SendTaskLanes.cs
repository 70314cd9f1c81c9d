using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SendTaskLanes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "SendTasks");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "SendTasks");

            migrationBuilder.AddColumn<string>(
                name: "Instance",
                table: "SandboxMessages",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SendTaskLanes",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Lane = table.Column<int>(type: "int", nullable: false),
                    FromSequence = table.Column<int>(type: "int", nullable: false),
                    ToSequence = table.Column<int>(type: "int", nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Until = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Finished = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendTaskLanes", x => new { x.TaskId, x.Lane });
                    table.ForeignKey(
                        name: "FK_SendTaskLanes_SendTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SendTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SendTaskLanes_Finished_Until",
                table: "SendTaskLanes",
                columns: new[] { "Finished", "Until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SendTaskLanes");

            migrationBuilder.DropColumn(
                name: "Instance",
                table: "SandboxMessages");

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "SendTasks",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "SendTasks",
                type: "datetime2",
                nullable: true);
        }
    }
}
