using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

public sealed class TenantRateBucketConfiguration : IEntityTypeConfiguration<TenantRateBucket>
{
    public void Configure(EntityTypeBuilder<TenantRateBucket> builder)
    {
        builder.ToTable("TenantRateBuckets");
        builder.HasKey(b => b.TenantId);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
