using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> builder)
    {
        builder.ToTable("ReviewEvents");
        builder.Property(e => e.SubjectKind).HasMaxLength(ReviewSubjects.KindMax);
        builder.Property(e => e.ActorId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ReviewableEntity.ReasonMax);
        builder.HasIndex(e => new { e.SubjectId, e.CreatedAt });
    }
}
