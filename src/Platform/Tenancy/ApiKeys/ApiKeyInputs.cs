namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class CreateApiKeyInput
{
    public string? TenantId { get; set; }

    public string Name { get; set; } = string.Empty;

    public Role Role { get; set; }
}

public sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = string.Empty;
}
