using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaPackageConfiguration : IEntityTypeConfiguration<QuotaPackage>
{
    public void Configure(EntityTypeBuilder<QuotaPackage> builder)
    {
        builder.ToTable("QuotaPackages");
        builder.Property(p => p.Note).HasMaxLength(QuotaPackage.NoteMax);
        // Reservations look for a tenant's usable packages of one product, oldest (earliest valid-to) first.
        builder.HasIndex(p => new { p.TenantId, p.Product, p.ValidTo });
        builder.Ignore(p => p.Remaining);
    }
}
