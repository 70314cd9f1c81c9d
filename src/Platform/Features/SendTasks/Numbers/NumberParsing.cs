namespace KooMessage.Platform.Features.SendTasks;

/// <summary>号码解析 as shown to clients: the parse counts with what a task's fallback will submit.</summary>
public sealed record NumberParsing(int Total, int Invalid, int Resolvable, int Unresolvable, int Submitted)
{
    public static NumberParsing From(NumberParseResult result, FallbackPolicy fallback)
        => new(result.Total, result.Invalid, result.Resolvable, result.Unresolvable, result.SubmittedWith(fallback));

    public static NumberParsing Of(SendTask task) => new(task.Total, task.Invalid, task.Resolvable, task.Unresolvable, task.Submitted);
}
