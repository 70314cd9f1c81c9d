namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>Where a tenant identifier came from; decides how far it is trusted.</summary>
public enum TenantSource
{
    /// <summary>The principal's own tenant claim: authoritative.</summary>
    Claim,

    /// <summary>X-Tenant-Id: honoured only for platform principals.</summary>
    Header,

    /// <summary>{slug}.host: honoured for platform principals, checked against a tenant principal's claim.</summary>
    Host,
}
