using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkClickFilterInputType : FilterInputType<ShortLinkClick>
{
    public ShortLinkClickFilterInputType() : base("ShortLinkClickFilterInput", "Conditions on short-link clicks.")
    {
        Time("at", c => c.CreatedAt);
        Flag("first", c => c.First);
        Text("userAgentFamily", c => c.UserAgentFamily);
        Text("buttonId", c => c.ButtonId);
    }
}
