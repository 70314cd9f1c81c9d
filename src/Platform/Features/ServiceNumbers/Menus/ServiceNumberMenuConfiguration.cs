using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuConfiguration : IEntityTypeConfiguration<ServiceNumberMenu>
{
    public void Configure(EntityTypeBuilder<ServiceNumberMenu> builder)
    {
        builder.ToTable("ServiceNumberMenus");
        builder.HasOne<ServiceNumber>().WithMany().HasForeignKey(m => m.ServiceNumberId).OnDelete(DeleteBehavior.Restrict);
        // One row per revision number: two saves racing for the next revision cannot both win.
        builder.HasIndex(m => new { m.ServiceNumberId, m.Revision }).IsUnique();
        builder.Property(m => m.Items).HasJsonConversion().IsRequired();
        builder.Property(m => m.RejectionReason).HasMaxLength(ReviewableEntity.ReasonMax);
        builder.Ignore(m => m.ReviewTitle);
    }
}
