using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;

namespace KooMessage.Platform.Http;

/// <summary>
/// Decides <see cref="TenantWorkerRequirement"/> from the request's <see cref="Viewer"/> and
/// <see cref="TenantContext"/>; scoped, because both are.
/// </summary>
public sealed class TenantWorkerHandler(Viewer viewer, TenantContext tenant) : AuthorizationHandler<TenantWorkerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantWorkerRequirement requirement)
    {
        if (TenantRoles.Workers.Any(viewer.IsInRole) && tenant.TenantId is not null)
            context.Succeed(requirement);
        else
            context.Fail(new AuthorizationFailureReason(this,
                "This belongs to a tenant: use a tenant key, or send X-Tenant-Id as a platform admin."));
        return Task.CompletedTask;
    }
}
