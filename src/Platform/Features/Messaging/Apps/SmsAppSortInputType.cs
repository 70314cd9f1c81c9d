using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppSortInputType : SortInputType<SmsApp>
{
    public SmsAppSortInputType() : base("SmsAppSortInput", "Sort order of SMS apps.")
    {
        Sort("name", a => a.Name);
        Sort("createdAt", a => a.CreatedAt);
    }
}
