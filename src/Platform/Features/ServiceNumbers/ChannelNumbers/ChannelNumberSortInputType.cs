using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberSortInputType : SortInputType<ChannelNumber>
{
    public ChannelNumberSortInputType() : base("ChannelNumberSortInput", "Sort order of channel numbers.")
    {
        Sort("number", c => c.Number);
        Sort("createdAt", c => c.CreatedAt);
    }
}
