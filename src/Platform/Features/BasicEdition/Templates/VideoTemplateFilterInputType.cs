using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateFilterInputType : FilterInputType<VideoTemplate>
{
    public VideoTemplateFilterInputType() : base("VideoTemplateFilterInput", "Conditions on video templates.")
    {
        Id("id", t => t.Id, "VideoTemplate");
        Text("name", t => t.Name);
        Text("title", t => t.Title);
        Flag("public", t => t.IsPlatformShared);
        Enum("reviewStatus", t => t.ReviewStatus);
        Flag("hasApprovedRevision", t => t.HasApprovedRevision);
        Time("createdAt", t => t.CreatedAt);
    }
}
