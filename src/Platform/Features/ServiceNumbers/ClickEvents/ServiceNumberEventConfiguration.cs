using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberEventConfiguration : IEntityTypeConfiguration<ServiceNumberEvent>
{
    public void Configure(EntityTypeBuilder<ServiceNumberEvent> builder)
    {
        builder.ToTable("ServiceNumberEvents");
        builder.Property(e => e.Name).HasMaxLength(ServiceNumberEvent.NameMax).IsRequired();
        builder.Property(e => e.VisitorHash).HasMaxLength(64).IsRequired();
        // Reports read one service number's days and group them.
        builder.HasIndex(e => new { e.ServiceNumberId, e.Day, e.Target });
        builder.HasOne<ServiceNumber>().WithMany().HasForeignKey(e => e.ServiceNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
