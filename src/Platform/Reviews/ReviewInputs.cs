namespace KooMessage.Platform.Reviews;

public sealed class ApproveInput
{
    public string SubjectId { get; set; } = string.Empty;

    public string? Note { get; set; }
}

public sealed class RejectInput
{
    public string SubjectId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
