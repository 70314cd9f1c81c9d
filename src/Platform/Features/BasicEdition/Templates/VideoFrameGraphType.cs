using GraphQL.Types;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoFrameGraphType : ObjectGraphType<VideoFrame>
{
    public VideoFrameGraphType()
    {
        Name = "VideoFrame";
        Description = "One frame (帧) of a video template.";
        Field(x => x.Resources).Description("1–10 resources, in the order they play.");
    }
}
