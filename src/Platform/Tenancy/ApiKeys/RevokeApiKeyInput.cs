using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed record RevokeApiKeyInput
{
    [Id, Description("The key to revoke.")] public required string Id { get; init; }
}
