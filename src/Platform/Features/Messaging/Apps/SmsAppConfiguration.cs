using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppConfiguration : IEntityTypeConfiguration<SmsApp>
{
    public void Configure(EntityTypeBuilder<SmsApp> builder)
    {
        builder.ToTable("SmsApps");
        builder.Property(a => a.Name).HasMaxLength(SmsApp.NameMax).IsRequired();
        builder.Property(a => a.SuspendedReason).HasMaxLength(500);
        builder.HasIndex(a => new { a.TenantId, a.Slot }).IsUnique().HasFilter(ISoftDeletable.LiveRowsFilter);
        builder.Property(a => a.AppKey).HasMaxLength(40);
        builder.HasIndex(a => a.AppKey).IsUnique();
        builder.Property(a => a.AppSecretHash).HasMaxLength(64);
        builder.Property(a => a.AppSecretPrefix).HasMaxLength(AppCredentials.DisplayLength);
        builder.Ignore(a => a.IsUsable);
    }
}
