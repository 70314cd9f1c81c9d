using KooMessage.Platform.Data;
using KooMessage.Platform.Deletion;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Deleting a send task of one kind (its ID names the kind): only once it is final. Its recipients,
/// short links and clicks stay, so statistics over them do not change.
/// </summary>
public abstract class SendTaskDeletion(string graphTypeName, SendTaskKind kind) : DeletionSubject<SendTask>(graphTypeName)
{
    protected override IQueryable<SendTask> Rows(IQueryable<SendTask> rows) => rows.Where(t => t.Kind == kind);

    protected override Task RequireDeletableAsync(KooMessageDbContext db, SendTask row, CancellationToken cancellationToken)
    {
        if (!SendTask.FinalStatuses.Contains(row.Status))
            throw new DomainException(WrongState(EnumNames.Of(row.Status),
                $"The task is {EnumNames.Of(row.Status)}; only a finished task (completed, failed or cancelled) can be deleted; cancel it first."));
        return Task.CompletedTask;
    }

    /// <summary>Queries the names of unfinished tasks that match <paramref name="uses"/>: what keeps a template in use.</summary>
    public static IQueryable<string> UnfinishedNames(KooMessageDbContext db, System.Linq.Expressions.Expression<Func<SendTask, bool>> uses)
        => db.Set<SendTask>().Where(uses).Where(t => !SendTask.FinalStatuses.Contains(t.Status)).OrderBy(t => t.CreatedAt).Select(t => t.Name);
}
