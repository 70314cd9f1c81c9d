using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkConfiguration : IEntityTypeConfiguration<ShortLink>
{
    public void Configure(EntityTypeBuilder<ShortLink> builder)
    {
        builder.ToTable("ShortLinks");
        builder.Property(l => l.Code).HasMaxLength(ShortLinkCodes.Length).IsRequired();
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Domain).HasMaxLength(253).IsRequired();
        builder.Property(l => l.TargetUrl).HasMaxLength(ShortLink.UrlMax).IsRequired();
        builder.HasIndex(l => l.TaskId);
        builder.Ignore(l => l.Url);
    }
}
