using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaHoldConfiguration : IEntityTypeConfiguration<QuotaHold>
{
    public void Configure(EntityTypeBuilder<QuotaHold> builder)
    {
        builder.ToTable("QuotaHolds");
        builder.HasIndex(h => h.TaskId);
        builder.HasOne<QuotaPackage>().WithMany().HasForeignKey(h => h.PackageId).OnDelete(DeleteBehavior.Restrict);
    }
}
