using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// The reviewers' queue per kind, across tenants, in one grouped SELECT on the (status, kind, submitted)
/// index, counting the tickets past their due time at the given time in the same pass: for
/// platform principals only (the caller checks), like the queue itself.
/// </summary>
public static class ReviewQueueLengths
{
    public static async Task<IReadOnlyList<ReviewQueueLength>> ReadAsync(KooMessageDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var kinds = await db.Set<ReviewTicket>().IgnoreQueryFilters()
            .Where(t => t.Status == ReviewTicketStatus.Open)
            .GroupBy(t => t.SubjectKind)
            .Select(g => new { Kind = g.Key, Waiting = g.Count(), Overdue = g.Count(t => t.DueAt != null && t.DueAt < now), Oldest = g.Min(t => t.SubmittedAt) })
            .ToListAsync(cancellationToken);
        return kinds.OrderBy(k => k.Kind, StringComparer.Ordinal)
            .Select(k => new ReviewQueueLength(k.Kind, k.Waiting, k.Overdue, DateTime.SpecifyKind(k.Oldest, DateTimeKind.Utc)))
            .ToList();
    }
}
