using System.Collections.Concurrent;
using System.Diagnostics;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// The trace a task was created in, so its dispatch batches appear under the createSendTask operation
/// that caused them. Telemetry only and best effort: kept in this process for a bounded number of
/// tasks; a task dispatched by another instance (or after a restart) starts a trace of its own.
/// </summary>
public sealed class SendTaskTraces
{
    private const int MaxTasks = 10_000;
    private readonly ConcurrentDictionary<Guid, ActivityContext> _contexts = new();

    /// <summary>Remembers the current span (the operation creating <paramref name="taskId"/>), if traces are being recorded.</summary>
    public void Remember(Guid taskId)
    {
        if (Activity.Current is { Recorded: true } current && _contexts.Count < MaxTasks)
            _contexts[taskId] = current.Context;
    }

    public ActivityContext Find(Guid taskId) => _contexts.GetValueOrDefault(taskId);

    public void Forget(Guid taskId) => _contexts.TryRemove(taskId, out _);
}
