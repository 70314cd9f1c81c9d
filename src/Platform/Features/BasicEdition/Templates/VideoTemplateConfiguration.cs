using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateConfiguration : IEntityTypeConfiguration<VideoTemplate>
{
    public void Configure(EntityTypeBuilder<VideoTemplate> builder)
    {
        builder.ToTable("VideoTemplates");
        builder.Property(t => t.Name).HasMaxLength(VideoTemplateRules.NameMax).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(VideoTemplateRules.TitleMax).IsRequired();
        builder.Property(t => t.ApprovedTitle).HasMaxLength(VideoTemplateRules.TitleMax);
        builder.Property(t => t.RejectionReason).HasMaxLength(500);
        builder.OwnsMany(t => t.Frames, frame =>
        {
            frame.ToJson();
            frame.OwnsMany(f => f.Resources);
        });
        builder.OwnsMany(t => t.ApprovedFrames, frame =>
        {
            frame.ToJson();
            frame.OwnsMany(f => f.Resources);
        });
        builder.HasIndex(t => t.IsPlatformShared);
        builder.Ignore(t => t.TotalSize);
        builder.Ignore(t => t.ApprovedParameters);
        builder.Ignore(t => t.Features);
        builder.Ignore(t => t.ApprovedFeatures);
    }
}
