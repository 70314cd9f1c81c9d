using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Which revision of a menu or homepage a save edits (see <see cref="ServiceNumberRevision"/>).</summary>
public static class ServiceNumberRevisions
{
    /// <summary>
    /// The newest revision when it is a draft or was rejected (edited in place); a new revision after
    /// an approved one (which stays live meanwhile) or when there is none; refused while one is in review.
    /// </summary>
    public static async Task<T> EditableAsync<T>(KooMessageDbContext db, ReviewWorkflow workflow, ServiceNumber serviceNumber,
        Func<ServiceNumber, int, T> start, CancellationToken cancellationToken)
        where T : ServiceNumberRevision
    {
        var latest = await db.Set<T>()
            .Where(r => r.ServiceNumberId == serviceNumber.Id)
            .OrderByDescending(r => r.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.ReviewStatus == ReviewStatus.Approved)
        {
            var next = start(serviceNumber, (latest?.Revision ?? 0) + 1);
            db.Add(next);
            return next;
        }
        workflow.BeginEdit(latest);
        latest.Describe(serviceNumber);
        return latest;
    }
}
