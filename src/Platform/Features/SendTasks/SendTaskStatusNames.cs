namespace KooMessage.Platform.Features.SendTasks;

/// <summary>The GraphQL (SCREAMING_CASE) names of task states, for messages.</summary>
public static class SendTaskStatusNames
{
    public static string Of(SendTaskStatus status) => status switch
    {
        SendTaskStatus.CompletedWithFailures => "COMPLETED_WITH_FAILURES",
        _ => status.ToString().ToUpperInvariant(),
    };
}
