using KooMessage.Platform.Data;
using KooMessage.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureConfiguration : IEntityTypeConfiguration<SmsSignature>
{
    public void Configure(EntityTypeBuilder<SmsSignature> builder)
    {
        builder.ToTable("SmsSignatures");
        builder.Property(s => s.Name).HasMaxLength(SmsSignatureRules.NameMax).IsRequired();
        builder.Property(s => s.ApplicationNote).HasMaxLength(SmsSignatureRules.NoteMax);
        builder.Property(s => s.RejectionReason).HasMaxLength(500);
        builder.HasIndex(s => new { s.TenantId, s.Name, s.Type }).IsUnique().HasFilter(ISoftDeletable.LiveRowsFilter);
        builder.HasOne<SmsApp>().WithMany().HasForeignKey(s => s.AppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.LicenseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.IsUsable);
    }
}
