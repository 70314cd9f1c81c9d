using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateFilterInputType : FilterInputType<SmartTemplate>
{
    public SmartTemplateFilterInputType() : base("SmartTemplateFilterInput", "Conditions on smart templates.")
    {
        Id("id", t => t.Id, "SmartTemplate");
        Text("name", t => t.Name);
        Flag("public", t => t.IsPlatformShared);
        Flag("enabled", t => t.Enabled);
        Enum("reviewStatus", t => t.ReviewStatus);
        Time("createdAt", t => t.CreatedAt);
    }
}
