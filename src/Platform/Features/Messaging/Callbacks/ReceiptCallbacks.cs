using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Turns applied delivery receipts into callback events of the task's SMS app, inside the receipt's own
/// transaction: the recipients about to change are read first (only those, so a repeated receipt makes
/// no second event), and the events are inserted before the commit. Nothing is read or written for a
/// task whose app has no callback.
/// </summary>
public sealed class ReceiptCallbacks(IOptions<CallbackOptions> options, TimeProvider clock)
{
    public Task<CallbackApp?> AppOfTaskAsync(KooMessageDbContext db, Guid taskId, CancellationToken cancellationToken)
        => (from task in db.Set<SendTask>().IgnoreQueryFilters()
            join app in db.Set<SmsApp>().IgnoreQueryFilters() on task.SmsAppId equals (Guid?)app.Id
            where task.Id == taskId && app.CallbackUrl != null
            select new CallbackApp(app.Id, app.TenantId, app.AppKey)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The receipts of the recipients <paramref name="changing"/> selects, before the update changes them.</summary>
    public async Task<IReadOnlyList<CallbackEvents.ReceiptItem>> CaptureAsync(IQueryable<Recipient> changing, RecipientState outcome, string? errorCode,
        DateTime at, CancellationToken cancellationToken)
    {
        var rows = await changing.Select(r => new { r.Id, r.TaskId, r.Phone }).ToListAsync(cancellationToken);
        var status = EnumNames.Of(outcome);
        return rows.Select(r => new CallbackEvents.ReceiptItem(r.Id.ToString("N"), GlobalId.Encode("SendTask", r.TaskId), r.Phone, status, errorCode, at)).ToList();
    }

    /// <summary>Inserts the events (at most Callbacks:MaxReceiptsPerEvent receipts each) in the caller's transaction.</summary>
    public async Task EnqueueAsync(KooMessageDbContext db, CallbackApp app, IReadOnlyList<CallbackEvents.ReceiptItem> receipts, CancellationToken cancellationToken)
    {
        if (receipts.Count == 0)
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        var events = receipts.Chunk(Math.Max(1, options.Value.MaxReceiptsPerEvent)).Select(chunk => CallbackEvents.Receipts(app, chunk, now)).ToList();
        using (db.AllowCrossTenantWrites())
            await db.BulkInsertAsync(events, cancellationToken);
    }
}
