using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class ApiKeyFilterInputType : FilterInputType<ApiKey>
{
    public ApiKeyFilterInputType() : base("ApiKeyFilterInput", "Conditions on API keys.")
    {
        Id("id", k => k.Id, "ApiKey");
        Text("name", k => k.Name);
        Enum("role", k => k.Role);
        Time("createdAt", k => k.CreatedAt);
        Time("lastUsedAt", k => k.LastUsedAt);
        Time("revokedAt", k => k.RevokedAt);
    }
}
