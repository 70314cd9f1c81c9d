using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class NonCapableRangeConfiguration : IEntityTypeConfiguration<NonCapableRange>
{
    public void Configure(EntityTypeBuilder<NonCapableRange> builder)
    {
        builder.ToTable("NonCapableRanges");
        builder.Property(r => r.Prefix).HasMaxLength(11).IsRequired();
        builder.HasIndex(r => r.Prefix).IsUnique();
        builder.Property(r => r.Note).HasMaxLength(200);
    }
}
