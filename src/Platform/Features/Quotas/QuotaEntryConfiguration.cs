using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaEntryConfiguration : IEntityTypeConfiguration<QuotaEntry>
{
    public void Configure(EntityTypeBuilder<QuotaEntry> builder)
    {
        builder.ToTable("QuotaEntries");
        builder.HasIndex(e => new { e.TenantId, e.CreatedAt });
        builder.HasIndex(e => e.TaskId);
        builder.HasOne<QuotaPackage>().WithMany().HasForeignKey(e => e.PackageId).OnDelete(DeleteBehavior.Restrict);
    }
}
