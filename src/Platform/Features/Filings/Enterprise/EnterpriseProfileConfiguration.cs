using KooMessage.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Filings;

public sealed class EnterpriseProfileConfiguration : IEntityTypeConfiguration<EnterpriseProfile>
{
    public void Configure(EntityTypeBuilder<EnterpriseProfile> builder)
    {
        builder.ToTable("EnterpriseProfiles");
        builder.HasIndex(p => p.TenantId).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(EnterpriseProfileRules.NameMax).IsRequired();
        builder.Property(p => p.CreditCode).HasMaxLength(18).IsRequired();
        builder.Property(p => p.ContactName).HasMaxLength(EnterpriseProfileRules.ContactNameMax).IsRequired();
        builder.Property(p => p.ContactPhone).HasMaxLength(16).IsRequired();
        builder.Property(p => p.ContactEmail).HasMaxLength(254).IsRequired();
        builder.Property(p => p.Industry).HasMaxLength(EnterpriseProfileRules.IndustryMax).IsRequired();
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.BusinessLicenseFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
