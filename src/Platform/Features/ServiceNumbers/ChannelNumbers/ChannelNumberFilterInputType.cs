using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberFilterInputType : FilterInputType<ChannelNumber>
{
    public ChannelNumberFilterInputType() : base("ChannelNumberFilterInput", "Conditions on channel numbers.")
    {
        Enum("type", c => c.Type);
        Text("number", c => c.Number);
        Enum("reviewStatus", c => c.ReviewStatus);
        Flag("hasApprovedRevision", c => c.HasApprovedRevision);
        Time("createdAt", c => c.CreatedAt);
    }
}
