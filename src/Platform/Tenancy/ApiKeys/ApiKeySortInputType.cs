using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class ApiKeySortInputType : SortInputType<ApiKey>
{
    public ApiKeySortInputType() : base("ApiKeySortInput", "Sort order of API keys.")
    {
        Sort("name", k => k.Name);
        Sort("role", k => k.Role);
        Sort("createdAt", k => k.CreatedAt);
        Sort("lastUsedAt", k => k.LastUsedAt);
    }
}
