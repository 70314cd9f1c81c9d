namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>The outcome of resolving a request's tenant: a tenant, none, or a refusal with HTTP status and code.</summary>
public sealed record TenantResolution(Tenant? Tenant, int Status, string? Code, string? Message)
{
    public bool Succeeded => Code is null;

    public static TenantResolution None { get; } = new(null, StatusCodes.Status200OK, null, null);

    public static TenantResolution Of(Tenant tenant) => new(tenant, StatusCodes.Status200OK, null, null);

    public static TenantResolution Refuse(int status, string code, string message) => new(null, status, code, message);
}
