using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberConfiguration : IEntityTypeConfiguration<ChannelNumber>
{
    public void Configure(EntityTypeBuilder<ChannelNumber> builder)
    {
        builder.ToTable("ChannelNumbers");
        builder.Property(c => c.Number).HasMaxLength(ChannelNumberRules.NumberMax).IsRequired();
        // Signatures and proof ids are primitive collections (JSON columns); the effective lookup filters on signatures in SQL.
        builder.Property(c => c.Signatures).IsRequired();
        builder.Property(c => c.ProofFileIds).IsRequired();
        builder.HasIndex(c => new { c.TenantId, c.Type, c.Number }).IsUnique().HasFilter(ISoftDeletable.LiveRowsFilter);
        builder.Property(c => c.RejectionReason).HasMaxLength(ReviewableEntity.ReasonMax);
        builder.Ignore(c => c.ReviewTitle);
    }
}
