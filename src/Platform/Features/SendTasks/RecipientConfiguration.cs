using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> builder)
    {
        builder.ToTable("Recipients");
        builder.Property(r => r.Phone).HasMaxLength(Recipient.PhoneMax).IsRequired();
        builder.Property(r => r.CustomUrl).HasMaxLength(1000);
        builder.Property(r => r.ShortLinkCode).HasMaxLength(8);
        builder.Property(r => r.ErrorCode).HasMaxLength(40);
        builder.HasOne<SendTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's query: a task's pending recipients in input order.
        builder.HasIndex(r => new { r.TaskId, r.State, r.Sequence });
        // The service number report: messages sent under a service number per day.
        builder.HasIndex(r => new { r.ServiceNumberId, r.SubmittedAt });
        builder.Ignore(r => r.MessageId);
    }
}
