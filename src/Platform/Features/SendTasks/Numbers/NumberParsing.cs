namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// 号码解析 as shown to clients: the parse counts with what a task's fallback will submit, and how many
/// unresolvable numbers go by each fallback channel (PLAIN_SMS and BASIC_EDITION are distinct).
/// </summary>
public sealed record NumberParsing(int Total, int Invalid, int Resolvable, int Unresolvable, int Submitted, int PlainSms, int BasicEdition)
{
    public static NumberParsing From(NumberParseResult result, FallbackPolicy fallback)
        => Of(result.Total, result.Invalid, result.Resolvable, result.Unresolvable, result.SubmittedWith(fallback), fallback);

    public static NumberParsing Of(SendTask task) => Of(task.Total, task.Invalid, task.Resolvable, task.Unresolvable, task.Submitted, task.Fallback);

    private static NumberParsing Of(int total, int invalid, int resolvable, int unresolvable, int submitted, FallbackPolicy fallback)
        => new(total, invalid, resolvable, unresolvable, submitted,
            fallback == FallbackPolicy.PlainSms ? unresolvable : 0,
            fallback == FallbackPolicy.BasicEdition ? unresolvable : 0);
}
