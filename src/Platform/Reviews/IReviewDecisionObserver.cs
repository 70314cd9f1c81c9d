namespace KooMessage.Platform.Reviews;

/// <summary>
/// Told of every reviewer decision before it is saved, so what it adds to the unit of work commits (or
/// rolls back) with the decision: a feature's outbox rows, for instance. Registered by features; Reviews/
/// names none of them.
/// </summary>
public interface IReviewDecisionObserver
{
    Task OnDecidedAsync(ReviewableEntity subject, ReviewEvent decision, CancellationToken cancellationToken);
}
