using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateConfiguration : IEntityTypeConfiguration<SmartTemplate>
{
    public void Configure(EntityTypeBuilder<SmartTemplate> builder)
    {
        builder.ToTable("SmartTemplates");
        builder.Property(t => t.Name).HasMaxLength(SmartTemplateRules.NameMax).IsRequired();
        builder.Property(t => t.RejectionReason).HasMaxLength(500);
        builder.OwnsMany(t => t.Pages, page =>
        {
            page.ToJson();
            page.OwnsMany(p => p.Components);
        });
        builder.OwnsMany(t => t.Parameters, p => p.ToJson());
        builder.OwnsOne(t => t.Revision, revision =>
        {
            revision.ToJson();
            revision.OwnsMany(r => r.Pages, page => page.OwnsMany(p => p.Components));
            revision.OwnsMany(r => r.Parameters);
        });
        builder.HasIndex(t => t.IsPlatformShared);
        builder.Ignore(t => t.IsUsable);
    }
}
