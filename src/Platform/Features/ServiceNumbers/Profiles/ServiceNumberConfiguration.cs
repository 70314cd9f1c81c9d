using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberConfiguration : IEntityTypeConfiguration<ServiceNumber>
{
    public void Configure(EntityTypeBuilder<ServiceNumber> builder)
    {
        builder.ToTable("ServiceNumbers");
        builder.OwnsOne(s => s.Profile, profile =>
        {
            MapProfile(profile, string.Empty);
            // Names are unique on the whole platform (across tenants); the mutation checks first, this index settles races.
            profile.HasIndex(p => p.Name).IsUnique().HasFilter(ISoftDeletable.LiveRowsFilter);
        });
        builder.Navigation(s => s.Profile).IsRequired();
        builder.OwnsOne(s => s.LiveProfile, profile => MapProfile(profile, "Live"));
        builder.Property(s => s.RejectionReason).HasMaxLength(ReviewableEntity.ReasonMax);
        builder.Property(s => s.FrozenReason).HasMaxLength(ServiceNumberRules.FreezeReasonMax);
        builder.Property(s => s.EventTokenHash).HasMaxLength(64).IsRequired();
        builder.Property(s => s.EventTokenPrefix).HasMaxLength(20).IsRequired();
        builder.HasIndex(s => s.EventTokenHash).IsUnique();
        // The activation job's scan: NOT_EFFECTIVE rows approved long enough ago.
        builder.HasIndex(s => new { s.Status, s.FirstApprovedAt });
        builder.Ignore(s => s.ReviewTitle);
    }

    private static void MapProfile(OwnedNavigationBuilder<ServiceNumber, ServiceNumberProfile> profile, string prefix)
    {
        profile.Property(p => p.Name).HasColumnName(prefix + "Name").HasMaxLength(ServiceNumberRules.NameMax).IsRequired();
        profile.Property(p => p.Remark).HasColumnName(prefix + "Remark").HasMaxLength(ServiceNumberRules.RemarkMax).IsRequired();
        profile.Property(p => p.Industry).HasColumnName(prefix + "Industry");
        profile.Property(p => p.Intro).HasColumnName(prefix + "Intro").HasMaxLength(ServiceNumberRules.IntroMax).IsRequired();
        profile.Property(p => p.LogoFileId).HasColumnName(prefix + "LogoFileId");
        profile.Property(p => p.SignatureAuthorization).HasColumnName(prefix + "SignatureAuthorization");
        profile.Property(p => p.AuthorizationLetterFileId).HasColumnName(prefix + "AuthorizationLetterFileId");
    }
}
