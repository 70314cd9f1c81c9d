namespace KooMessage.Platform.Features.SendTasks.Preparation;

/// <summary>A preparation found the task cannot go ahead as written; the task ends FAILED with <see cref="Reason"/>.</summary>
public sealed class PreparationRefused(string reason) : Exception(reason)
{
    public string Reason { get; } = reason.Length <= SendTask.FailureReasonMax ? reason : reason[..(SendTask.FailureReasonMax - 1)] + "…";
}
