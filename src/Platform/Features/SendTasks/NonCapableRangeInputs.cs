namespace KooMessage.Platform.Features.SendTasks;

public sealed class NonCapableRangeInput
{
    public string Prefix { get; set; } = string.Empty;

    public string? Note { get; set; }
}

public sealed class RemoveNonCapableRangeInput
{
    public string Id { get; set; } = string.Empty;
}
