using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed record QuickAppInput
{
    [Description("1–15 characters; unique on the homepage.")] public required string Name { get; init; }

    [Description("hap://app/<package>[/path].")] public required string Deeplink { get; init; }
}
