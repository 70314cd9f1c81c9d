using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record HotlineInput
{
    [Description("Digits with at most one inner '-', up to 20 characters; unique on the homepage.")] public required string Number { get; init; }

    [Description("What it is for, 1–30 characters.")] public required string Usage { get; init; }
}
