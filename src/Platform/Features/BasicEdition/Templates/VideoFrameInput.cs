using System.ComponentModel;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed record VideoFrameInput
{
    [Description("1–10 resources, in the order they play.")] public required List<VideoResourceInput> Resources { get; init; }
}
