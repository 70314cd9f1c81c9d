using KooMessage.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace KooMessage.Platform.Http;

/// <summary>The caller is one of <see cref="TenantRoles.Workers"/> and a tenant has been resolved for the request.</summary>
public sealed class TenantWorkerRequirement : IAuthorizationRequirement;
