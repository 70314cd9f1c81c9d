using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewTicketConfiguration : IEntityTypeConfiguration<ReviewTicket>
{
    public void Configure(EntityTypeBuilder<ReviewTicket> builder)
    {
        builder.ToTable("ReviewTickets");
        builder.Property(t => t.SubjectKind).HasMaxLength(ReviewSubjects.KindMax);
        builder.Property(t => t.Title).HasMaxLength(ReviewTicket.TitleMax).IsRequired();
        builder.Property(t => t.DecidedBy).HasMaxLength(100);
        builder.HasIndex(t => new { t.Status, t.SubjectKind, t.SubmittedAt });
        builder.HasIndex(t => t.SubjectId);
    }
}
