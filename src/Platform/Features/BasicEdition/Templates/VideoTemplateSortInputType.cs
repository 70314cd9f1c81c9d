using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateSortInputType : SortInputType<VideoTemplate>
{
    public VideoTemplateSortInputType() : base("VideoTemplateSortInput", "Sort order of video templates.")
    {
        Sort("name", t => t.Name);
        Sort("createdAt", t => t.CreatedAt);
    }
}
