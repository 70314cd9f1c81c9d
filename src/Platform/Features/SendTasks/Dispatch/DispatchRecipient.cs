using System.Linq.Expressions;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// What the dispatcher reads of a <see cref="Recipient"/> to send it: the columns a message and its
/// record need, not the whole row. Reading a batch is on the dispatch's hot path, and the other
/// columns (timestamps, ids, the outcome) cost a parse each for nothing.
/// </summary>
public sealed record DispatchRecipient(Guid Id, int Sequence, string Phone, RecipientChannel Channel, List<string> Variables, List<string> Parameters,
    string? ShortLinkCode, int Attempts)
{
    /// <summary>The projection a query reads recipients with.</summary>
    public static readonly Expression<Func<Recipient, DispatchRecipient>> Of =
        r => new DispatchRecipient(r.Id, r.Sequence, r.Phone, r.Channel, r.Variables, r.Parameters, r.ShortLinkCode, r.Attempts);

    public string MessageId => Recipient.MessageIdOf(Id);
}
