namespace KooMessage.Platform.Tenancy;

public sealed class CreateTenantInput
{
    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class SuspendTenantInput
{
    public string Id { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class ResumeTenantInput
{
    public string Id { get; set; } = string.Empty;
}
