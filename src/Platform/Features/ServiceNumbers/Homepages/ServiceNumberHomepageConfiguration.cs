using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberHomepageConfiguration : IEntityTypeConfiguration<ServiceNumberHomepage>
{
    public void Configure(EntityTypeBuilder<ServiceNumberHomepage> builder)
    {
        builder.ToTable("ServiceNumberHomepages");
        builder.HasOne<ServiceNumber>().WithMany().HasForeignKey(h => h.ServiceNumberId).OnDelete(DeleteBehavior.Restrict);
        // One row per revision number: two saves racing for the next revision cannot both win.
        builder.HasIndex(h => new { h.ServiceNumberId, h.Revision }).IsUnique();
        builder.Property(h => h.Intro).HasMaxLength(HomepageRules.IntroMax).IsRequired();
        builder.Property(h => h.Hotlines).HasJsonConversion().IsRequired();
        builder.Property(h => h.QuickApps).HasJsonConversion().IsRequired();
        builder.Property(h => h.RejectionReason).HasMaxLength(ReviewableEntity.ReasonMax);
        builder.Ignore(h => h.ReviewTitle);
    }
}
