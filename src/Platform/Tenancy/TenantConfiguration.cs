using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.Property(t => t.Slug).HasMaxLength(TenantRules.SlugMax).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(TenantRules.NameMax).IsRequired();
        builder.Property(t => t.SuspendedReason).HasMaxLength(TenantRules.ReasonMax);
        builder.HasIndex(t => t.CreatedAt);
    }
}
