using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.Messaging;

public sealed class CallbackDeliveryConfiguration : IEntityTypeConfiguration<CallbackDelivery>
{
    public void Configure(EntityTypeBuilder<CallbackDelivery> builder)
    {
        builder.ToTable("CallbackDeliveries");
        builder.Property(d => d.Body).IsRequired();
        builder.Property(d => d.LeaseOwner).HasMaxLength(100);
        builder.Property(d => d.LastError).HasMaxLength(CallbackDelivery.ErrorMax);
        // The deliverer's scan: due pending rows, oldest first.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.AppId, d.CreatedAt });
        builder.HasOne<SmsApp>().WithMany().HasForeignKey(d => d.AppId).OnDelete(DeleteBehavior.Cascade);
    }
}
