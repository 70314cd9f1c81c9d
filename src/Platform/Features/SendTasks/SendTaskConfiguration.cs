using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskConfiguration : IEntityTypeConfiguration<SendTask>
{
    public void Configure(EntityTypeBuilder<SendTask> builder)
    {
        builder.ToTable("SendTasks");
        builder.Property(t => t.Name).HasMaxLength(SendTask.NameMax).IsRequired();
        builder.Property(t => t.IdempotencyKey).HasMaxLength(SendTaskRules.IdempotencyKeyMax);
        // SQL Server gets a filter on non-null keys by convention; SQLite allows many NULLs in a unique index anyway.
        builder.HasIndex(t => new { t.TenantId, t.IdempotencyKey }).IsUnique();
        // Rows stored before video tasks existed are smart tasks.
        builder.Property(t => t.Kind).HasMaxLength(16).HasDefaultValue(SendTaskKind.Smart);
        builder.Property(t => t.Domain).HasMaxLength(253);
        builder.HasIndex(t => new { t.Status, t.ScheduledAt });
        builder.Property(t => t.PreparationOwner).HasMaxLength(100);
        builder.Property(t => t.FailureReason).HasMaxLength(SendTask.FailureReasonMax);
        builder.Ignore(t => t.IsTerminal);
        builder.Ignore(t => t.ReadyStatus);
    }
}
