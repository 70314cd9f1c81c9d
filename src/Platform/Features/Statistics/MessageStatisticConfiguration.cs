using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Statistics;

public sealed class MessageStatisticConfiguration : IEntityTypeConfiguration<MessageStatistic>
{
    public void Configure(EntityTypeBuilder<MessageStatistic> builder)
    {
        builder.ToTable("MessageStatistics");
        // The writers' key: one row per task, channel, service number and quarter hour.
        builder.HasIndex(s => new { s.TaskId, s.Channel, s.ServiceNumberId, s.Slot }).IsUnique();
        // The query's range scan.
        builder.HasIndex(s => new { s.TenantId, s.Slot });
    }
}
