using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks.Gateways;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Turns the recipients of one kind of task into gateway messages: the one thing the dispatcher does
/// differently per <see cref="SendTaskKind"/>. Leasing, batching, recording and retries are shared.
/// </summary>
public interface IMessageComposer
{
    SendTaskKind Kind { get; }

    /// <summary>Loads what the task's messages need, once per lease, and answers how one recipient becomes a message.</summary>
    Task<Func<DispatchRecipient, OutgoingMessage>> PrepareAsync(KooMessageDbContext db, SendTask task, CancellationToken cancellationToken);
}
