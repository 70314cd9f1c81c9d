using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

public sealed record AddNonCapableRangeInput
{
    [Description("3–11 leading digits of the national number, e.g. 170.")] public required string Prefix { get; init; }

    [Description("Why, ≤200 characters.")] public string? Note { get; init; }
}
