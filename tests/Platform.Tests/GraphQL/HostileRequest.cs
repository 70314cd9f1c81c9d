namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// A request shaped to exhaust the server, the top-level error code it must get instead, and
/// whether it needs a tenant member's key (filters) rather than no key at all.
/// </summary>
public sealed record HostileRequest(string Name, string Query, object? Variables, string Code, bool AsTenantMember = false)
{
    public override string ToString() => Name;
}
