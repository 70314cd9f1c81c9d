using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateConfiguration : IEntityTypeConfiguration<SmsTemplate>
{
    public void Configure(EntityTypeBuilder<SmsTemplate> builder)
    {
        builder.ToTable("SmsTemplates");
        builder.Property(t => t.Name).HasMaxLength(TemplateRules.NameMax).IsRequired();
        builder.Property(t => t.Content).IsRequired();
        builder.Property(t => t.ApplicationNote).HasMaxLength(TemplateRules.NoteMax);
        builder.Property(t => t.RejectionReason).HasMaxLength(500);
        builder.OwnsMany(t => t.Variables, v => v.ToJson());
        builder.HasOne<SmsApp>().WithMany().HasForeignKey(t => t.AppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SmsSignature>().WithMany().HasForeignKey(t => t.SignatureId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.Status);
        builder.Ignore(t => t.IsUsable);
    }
}
