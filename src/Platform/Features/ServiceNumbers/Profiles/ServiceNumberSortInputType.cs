using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberSortInputType : SortInputType<ServiceNumber>
{
    public ServiceNumberSortInputType() : base("ServiceNumberSortInput", "Sort order of service numbers.")
    {
        Sort("name", s => s.Profile.Name);
        Sort("createdAt", s => s.CreatedAt);
        Sort("updatedAt", s => s.UpdatedAt);
    }
}
