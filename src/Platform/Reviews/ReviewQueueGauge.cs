using KooMessage.Platform.Data;
using KooMessage.Platform.Observability;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>Open review tickets across tenants, read at collection time on the (status, kind, submitted) index.</summary>
public sealed class ReviewQueueGauge(IServiceScopeFactory scopes) : IPlatformGauge
{
    public string Name => "koomessage.reviews.queue_length";

    public string Unit => "{ticket}";

    public string Description => "Review tickets waiting for a reviewer (all tenants).";

    public long Measure()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<ReviewTicket>().IgnoreQueryFilters()
            .LongCount(t => t.Status == ReviewTicketStatus.Open);
    }
}
