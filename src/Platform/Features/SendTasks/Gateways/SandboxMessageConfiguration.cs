using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

public sealed class SandboxMessageConfiguration : IEntityTypeConfiguration<SandboxMessage>
{
    public void Configure(EntityTypeBuilder<SandboxMessage> builder)
    {
        builder.ToTable("SandboxMessages");
        builder.Property(m => m.MessageId).HasMaxLength(32).IsRequired();
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Phone).HasMaxLength(32).IsRequired();
        builder.Property(m => m.ShortLinkUrl).HasMaxLength(300);
        builder.Property(m => m.Instance).HasMaxLength(100).IsRequired();
        builder.HasIndex(m => new { m.Receipt, m.CreatedAt });
    }
}
