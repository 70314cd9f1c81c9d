using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KooMessage.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecipientEndStates : Migration
    {
        /// <summary>
        /// Recipients that are never sent used to stay Pending; since this version they end Invalid or
        /// Skipped when the task is created. Rows written before are moved to those states here (the
        /// double-quoted names work on SQLite, SQL Server and PostgreSQL alike).
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Recipients" SET "State" = 'Invalid' WHERE "State" = 'Pending' AND "Capability" = 'Invalid'""");
            migrationBuilder.Sql("""UPDATE "Recipients" SET "State" = 'Skipped' WHERE "State" = 'Pending' AND "Channel" = 'Skipped'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Recipients" SET "State" = 'Pending' WHERE "State" IN ('Invalid', 'Skipped')""");
        }
    }
}
