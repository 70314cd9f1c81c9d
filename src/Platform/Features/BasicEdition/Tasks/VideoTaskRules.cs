using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>Pure rules of a video task's settings (DOMAIN.md "VideoTask") and of its per-recipient parameters.</summary>
public static class VideoTaskRules
{
    public const int NameMax = 32;
    public const int ExpiryMin = 1;
    public const int ExpiryMax = 72;
    public const int ExpiryDefault = 24;

    /// <summary>The longest value a placeholder takes from a number file [ours: a frame's text is at most 2,000 characters].</summary>
    public const int ParameterMax = 100;

    public static InputValidator ValidateVideoTask(this InputValidator v, string? name, int expiryHours, SendMode mode, DateTime? scheduledAt,
        DateTime now, NumberSource source, int manualCount, bool hasFile, string? idempotencyKey)
    {
        v.Length("name", name, 1, NameMax).NoMarkup("name", name);
        v.Range("expiryHours", expiryHours, ExpiryMin, ExpiryMax);
        v.ValidateSchedule(mode, scheduledAt, now).ValidateNumberSource(source, manualCount, hasFile);
        v.MaxLength("idempotencyKey", idempotencyKey, SendTaskRules.IdempotencyKeyMax);
        return v;
    }

    /// <summary>A parameter value: 1–100 characters, no markup (it is shown inside the message's text).</summary>
    public static bool AcceptsParameter(string value)
        => value.Length is >= 1 and <= ParameterMax && value.AsSpan().IndexOfAny('<', '>') < 0;

    /// <summary>How a video task's rows are read: phone, then one value per placeholder of the approved revision, ascending.</summary>
    public static NumberFileLayout Layout(int parameters)
        => new(Enumerable.Repeat<Func<string, bool>>(AcceptsParameter, parameters).ToList(), AllowCustomUrl: false);

    /// <summary>The sample number file of a template (the console's 下载模板): a header row and one example row.</summary>
    public static string SampleCsv(IReadOnlyList<int> parameters)
    {
        var header = string.Join(",", parameters.Select(p => $"p_{p}").Prepend("phone"));
        var example = string.Join(",", parameters.Select(p => $"value{p}").Prepend("13800138000"));
        return header + "\r\n" + example + "\r\n";
    }
}
