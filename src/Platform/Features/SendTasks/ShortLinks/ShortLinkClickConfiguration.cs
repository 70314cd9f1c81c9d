using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkClickConfiguration : IEntityTypeConfiguration<ShortLinkClick>
{
    public void Configure(EntityTypeBuilder<ShortLinkClick> builder)
    {
        builder.ToTable("ShortLinkClicks");
        builder.Property(c => c.UserAgentFamily).HasMaxLength(40).IsRequired();
        builder.Property(c => c.IpHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ButtonId).HasMaxLength(ShortLinkClick.ButtonIdMax);
        builder.HasIndex(c => new { c.LinkId, c.CreatedAt });
        builder.HasIndex(c => new { c.TaskId, c.CreatedAt });
    }
}
