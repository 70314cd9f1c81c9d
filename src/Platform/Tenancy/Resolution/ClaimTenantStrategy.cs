namespace KooMessage.Platform.Tenancy.Resolution;

public sealed class ClaimTenantStrategy : ITenantResolutionStrategy
{
    public TenantSource Source => TenantSource.Claim;

    public string? Identify(TenantResolutionRequest request) => request.User.FindFirst(KooClaimTypes.Tenant)?.Value;
}
