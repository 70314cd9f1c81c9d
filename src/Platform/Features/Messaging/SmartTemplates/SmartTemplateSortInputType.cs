using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateSortInputType : SortInputType<SmartTemplate>
{
    public SmartTemplateSortInputType() : base("SmartTemplateSortInput", "Sort order of smart templates.")
    {
        Sort("name", t => t.Name);
        Sort("createdAt", t => t.CreatedAt);
    }
}
