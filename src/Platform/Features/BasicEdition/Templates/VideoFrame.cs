namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>One frame (帧) of a video template: its resources in the order they play. A settable list, because EF binds owned collections through properties.</summary>
public sealed record VideoFrame
{
    public List<VideoResource> Resources { get; init; } = [];
}
