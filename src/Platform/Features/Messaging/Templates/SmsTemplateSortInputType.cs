using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateSortInputType : SortInputType<SmsTemplate>
{
    public SmsTemplateSortInputType() : base("SmsTemplateSortInput", "Sort order of SMS templates.")
    {
        Sort("name", t => t.Name);
        Sort("reviewStatus", t => t.ReviewStatus);
        Sort("createdAt", t => t.CreatedAt);
    }
}
