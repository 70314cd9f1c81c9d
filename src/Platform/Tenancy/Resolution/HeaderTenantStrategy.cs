namespace KooMessage.Platform.Tenancy.Resolution;

public sealed class HeaderTenantStrategy : ITenantResolutionStrategy
{
    public const string HeaderName = "X-Tenant-Id";

    public TenantSource Source => TenantSource.Header;

    public string? Identify(TenantResolutionRequest request)
        => request.Headers.TryGetValue(HeaderName, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;
}
