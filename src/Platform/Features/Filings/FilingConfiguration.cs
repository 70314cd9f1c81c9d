using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.ToTable("Filings");
        builder.HasIndex(f => new { f.TenantId, f.ProductArea }).IsUnique();
        builder.Property(f => f.RejectionReason).HasMaxLength(500);
        builder.OwnsMany(f => f.Documents, d =>
        {
            d.ToTable("FilingDocuments");
            // Longer than the 40 characters enums get by convention (VideoSmsCommitmentLetterDynamicParameters).
            d.Property(x => x.Type).HasMaxLength(64);
            d.WithOwner().HasForeignKey("FilingId");
            // A surrogate identity key: the same file may legitimately appear twice (e.g. special materials).
            d.Property<int>("Id");
            d.HasKey("Id");
        });
        builder.OwnsMany(f => f.ApprovedDocuments, d =>
        {
            d.ToTable("FilingApprovedDocuments");
            // Longer than the 40 characters enums get by convention (VideoSmsCommitmentLetterDynamicParameters).
            d.Property(x => x.Type).HasMaxLength(64);
            d.WithOwner().HasForeignKey("FilingId");
            // A surrogate identity key: the same file may legitimately appear twice (e.g. special materials).
            d.Property<int>("Id");
            d.HasKey("Id");
        });
        builder.Ignore(f => f.ReviewTitle);
    }
}
