using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

public sealed class SendTaskLaneConfiguration : IEntityTypeConfiguration<SendTaskLane>
{
    public void Configure(EntityTypeBuilder<SendTaskLane> builder)
    {
        builder.ToTable("SendTaskLanes");
        builder.HasKey(l => new { l.TaskId, l.Lane });
        builder.Property(l => l.Owner).HasMaxLength(100);
        // Lanes stay as the record of how a task was sent (one row per LaneSize recipients); the index keeps the due-lane scan off finished ones.
        builder.HasIndex(l => new { l.Finished, l.Until });
        builder.HasOne<SendTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
