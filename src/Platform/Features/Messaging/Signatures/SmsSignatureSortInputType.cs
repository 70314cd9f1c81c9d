using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureSortInputType : SortInputType<SmsSignature>
{
    public SmsSignatureSortInputType() : base("SmsSignatureSortInput", "Sort order of SMS signatures.")
    {
        Sort("name", s => s.Name);
        Sort("reviewStatus", s => s.ReviewStatus);
        Sort("createdAt", s => s.CreatedAt);
    }
}
