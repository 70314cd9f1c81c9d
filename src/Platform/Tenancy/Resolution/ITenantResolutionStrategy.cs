namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>
/// One way of naming a tenant in a request (Finbuckle's strategies): returns a tenant identifier
/// (id, global ID or slug), or null when this strategy finds none.
/// </summary>
public interface ITenantResolutionStrategy
{
    TenantSource Source { get; }

    string? Identify(TenantResolutionRequest request);
}
