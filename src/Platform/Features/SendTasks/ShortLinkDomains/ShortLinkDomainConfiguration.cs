using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkDomainConfiguration : IEntityTypeConfiguration<ShortLinkDomain>
{
    public void Configure(EntityTypeBuilder<ShortLinkDomain> builder)
    {
        builder.ToTable("ShortLinkDomains");
        builder.Property(d => d.Domain).HasMaxLength(ShortLinkDomainRules.DomainMax).IsRequired();
        builder.Property(d => d.VerificationToken).HasMaxLength(ShortLinkDomainRules.TokenLength).IsRequired();
        builder.Property(d => d.RejectionReason).HasMaxLength(500);
        // One live claim per tenant and name; several tenants may claim a name until one of them verifies it.
        builder.HasIndex(d => new { d.TenantId, d.Domain }).IsUnique().HasFilter(ISoftDeletable.LiveRowsFilter);
        builder.HasIndex(d => d.Domain);
        builder.Ignore(d => d.IsVerified);
        builder.Ignore(d => d.IsUsable);
    }
}
