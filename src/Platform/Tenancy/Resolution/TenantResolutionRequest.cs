using System.Security.Claims;

namespace KooMessage.Platform.Tenancy.Resolution;

/// <summary>What tenant resolution looks at: the principal, the request headers and the host.</summary>
public sealed record TenantResolutionRequest(ClaimsPrincipal User, IHeaderDictionary Headers, HostString Host);
