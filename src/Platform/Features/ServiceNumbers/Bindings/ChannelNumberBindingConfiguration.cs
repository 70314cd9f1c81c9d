using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberBindingConfiguration : IEntityTypeConfiguration<ChannelNumberBinding>
{
    public void Configure(EntityTypeBuilder<ChannelNumberBinding> builder)
    {
        builder.ToTable("ChannelNumberBindings");
        builder.HasOne<ServiceNumber>().WithMany().HasForeignKey(b => b.ServiceNumberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChannelNumber>().WithMany().HasForeignKey(b => b.ChannelNumberId).OnDelete(DeleteBehavior.Restrict);
        // Same region twice on one channel number is the commonest overlap; the index stops it even in a race.
        builder.HasIndex(b => new { b.ChannelNumberId, b.Region }).IsUnique();
        builder.HasIndex(b => b.ServiceNumberId);
    }
}
