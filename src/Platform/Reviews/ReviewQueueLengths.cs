using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// The reviewers' queue per kind, across tenants, in one grouped SELECT on the (status, kind, submitted)
/// index: for platform principals only (the caller checks), like the queue itself.
/// </summary>
public static class ReviewQueueLengths
{
    public static async Task<IReadOnlyList<ReviewQueueLength>> ReadAsync(KooMessageDbContext db, CancellationToken cancellationToken)
    {
        var kinds = await db.Set<ReviewTicket>().IgnoreQueryFilters()
            .Where(t => t.Status == ReviewTicketStatus.Open)
            .GroupBy(t => t.SubjectKind)
            .Select(g => new { Kind = g.Key, Waiting = g.Count(), Oldest = g.Min(t => t.SubmittedAt) })
            .ToListAsync(cancellationToken);
        return kinds.OrderBy(k => k.Kind, StringComparer.Ordinal)
            .Select(k => new ReviewQueueLength(k.Kind, k.Waiting, DateTime.SpecifyKind(k.Oldest, DateTimeKind.Utc)))
            .ToList();
    }
}
