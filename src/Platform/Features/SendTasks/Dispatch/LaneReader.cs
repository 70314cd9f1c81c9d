using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// A lane's unsent recipients in sequence order, composed into messages, read one batch ahead: while a
/// batch is handed over and recorded, the next one is read on a connection of its own and composed, so
/// reading costs the lane no time of its own (SQLite's WAL, PostgreSQL and SQL Server all let a reader
/// run beside the writer). Reads go forward from the last sequence read, so a read ahead never meets
/// the batches in flight. When a pass reaches the lane's end, the lane <see cref="StartOver"/>s once from
/// its start with nothing in flight: that pass finds the recipients whose retry came due meanwhile.
/// Recipients read but not sent (the tenant's tokens ran short, or another instance spent them first)
/// are carried to the next batch. Not thread-safe: one lane's loop uses it.
/// </summary>
internal sealed class LaneReader(KooMessageDbContext db, SendTaskLane lane, Func<DispatchRecipient, OutgoingMessage> compose, int batchSize,
    TimeProvider clock) : IAsyncDisposable
{
    private readonly List<LaneMessage> _carried = [];
    private int _cursor = lane.FromSequence - 1;
    private bool _sentSincePassStarted;
    private Task<List<LaneMessage>>? _ahead;

    /// <summary>The lane's recipients not yet handed over or given up. The channel test keeps rows stored before skipped recipients had their own state (they stayed PENDING) unsent.</summary>
    public static IQueryable<Recipient> Unsent(KooMessageDbContext db, SendTaskLane lane)
        => db.Set<Recipient>().AsNoTracking().Where(r => r.TaskId == lane.TaskId && r.State == RecipientState.Pending
            && r.Channel != RecipientChannel.Skipped && r.Sequence >= lane.FromSequence && r.Sequence <= lane.ToSequence);

    /// <summary>Up to <paramref name="count"/> recipients due now, in sequence order; empty when the pass reached the lane's end.</summary>
    public async Task<List<LaneMessage>> TakeAsync(int count, CancellationToken cancellationToken)
    {
        while (_carried.Count < count)
        {
            var read = _ahead is { } ahead ? await ahead : await ReadAsync(cancellationToken);
            _ahead = null;
            if (read.Count == 0)
                break;
            _carried.AddRange(read);
        }
        var taken = _carried.Take(count).ToList();
        _carried.RemoveRange(0, taken.Count);
        _sentSincePassStarted |= taken.Count > 0;
        // On a thread of its own: Microsoft.Data.Sqlite runs a query synchronously inside its async methods, so awaiting
        // ReadAsync here would read before returning, not beside the hand-over.
        if (taken.Count > 0 && _carried.Count < batchSize)
            _ahead = Task.Run(() => ReadAsync(cancellationToken), cancellationToken);
        return taken;
    }

    /// <summary>
    /// The pass reached the lane's end: the next one starts from the lane's start, for recipients whose retry came due
    /// meanwhile; false when this pass took nothing (the lane has nothing to send now). Only with no batch in flight: a
    /// read from the start would meet its recipients, still PENDING until recorded.
    /// </summary>
    public bool StartOver()
    {
        if (!_sentSincePassStarted)
            return false;
        _cursor = lane.FromSequence - 1;
        _sentSincePassStarted = false;
        return true;
    }

    /// <summary>A batch taken but not sent (another instance spent the tenant's tokens first) goes back to the front.</summary>
    public void PutBack(List<LaneMessage> batch) => _carried.InsertRange(0, batch);

    private async Task<List<LaneMessage>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var after = _cursor;
        var rows = await Unsent(db, lane)
            .Where(r => r.Sequence > after && (r.NextAttemptAt == null || r.NextAttemptAt <= now))
            .OrderBy(r => r.Sequence)
            .Take(batchSize)
            .Select(DispatchRecipient.Of)
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
            _cursor = rows[^1].Sequence;
        return rows.Select(r => new LaneMessage(r, compose(r))).ToList();
    }

    /// <summary>A read still running when the lane stops is awaited, so its connection is back before the context goes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ahead is { } ahead)
        {
            try
            {
                await ahead;
            }
            catch (Exception)
            {
                // Only what it read is lost, and nothing was sent from it.
            }
        }
    }
}
