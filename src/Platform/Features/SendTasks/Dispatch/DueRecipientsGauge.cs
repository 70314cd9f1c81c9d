using KooMessage.Platform.Data;
using KooMessage.Platform.Observability;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// The dispatch queue's depth: recipients still waiting to be handed to the gateway in tasks that are
/// queued or sending. Read from the database at collection time (every instance reports the shared
/// queue); the active tasks are few and their pending recipients are counted on the (task, state) index.
/// </summary>
public sealed class DueRecipientsGauge(IServiceScopeFactory scopes) : IPlatformGauge
{
    public string Name => "koomessage.dispatch.due_recipients";

    public string Unit => "{recipient}";

    public string Description => "Recipients waiting to be sent in queued or sending tasks (all instances).";

    public long Measure()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var active = db.Set<SendTask>().IgnoreQueryFilters()
            .Where(t => t.Status == SendTaskStatus.Queued || t.Status == SendTaskStatus.Sending)
            .Select(t => t.Id)
            .ToList();
        return active.Count == 0
            ? 0
            : db.Set<Recipient>().IgnoreQueryFilters()
                .LongCount(r => active.Contains(r.TaskId) && r.State == RecipientState.Pending && r.Channel != RecipientChannel.Skipped);
    }
}
