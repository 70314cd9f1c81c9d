using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy.ApiKeys;

/// <summary>
/// Issuing and revoking keys. Keys are the one tenant-scoped thing written outside a tenant's own
/// context (a platform admin issues a tenant's first key), so ownership is checked here explicitly.
/// </summary>
public sealed class ApiKeyMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateApiKeyInput>("createApiKey")
            .Description("Issues an API key. The secret is in this payload only: store it now, it cannot be shown again.")
            .Returns<ApiKeyType>("apiKey", "The new key.")
            .Returns<StringGraphType>("secret", "The key's secret, to send as 'Authorization: Bearer <secret>'. Shown once.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType))
            .Authorize(Role.PlatformAdmin, Role.TenantAdmin)
            .Resolve(CreateAsync);

        mutation.Mutation<RevokeApiKeyInput>("revokeApiKey")
            .Description("Revokes a key at once; requests with it fail from now on.")
            .Returns<ApiKeyType>("apiKey", "The revoked key.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformAdmin, Role.TenantAdmin)
            .Resolve(RevokeAsync);
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateApiKeyInput input)
    {
        var viewer = ctx.Viewer();
        var db = ctx.Db();
        var current = ctx.Tenant().TenantId;
        Guid? tenantId = current;
        if (input.TenantId is not null)
        {
            // A tenant admin naming another tenant learns nothing about it: same error as a missing one.
            var tenants = viewer.IsInRole(Role.PlatformAdmin) ? db.Set<Tenant>() : db.Set<Tenant>().Where(t => t.Id == current);
            tenantId = (await tenants.RequireAsync("tenantId", input.TenantId, ctx.CancellationToken)).Id;
        }
        if (tenantId is null && !viewer.IsInRole(Role.PlatformAdmin))
            throw new DomainException(new ValidationError("tenantId", "tenantId is required."));

        var (key, secret) = ApiKey.Issue(tenantId, input.Name, input.Role);
        db.Add(key);
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success(("apiKey", key), ("secret", secret));
    }

    private static async Task<MutationPayload> RevokeAsync(IResolveFieldContext ctx, RevokeApiKeyInput input)
    {
        var db = ctx.Db();
        var keys = ctx.Viewer().IsInRole(Role.PlatformAdmin) ? db.Set<ApiKey>().IgnoreQueryFilters() : db.Set<ApiKey>();
        var key = await keys.RequireAsync("id", input.Id, ctx.CancellationToken);

        if (key.Role == Role.PlatformAdmin && !key.IsRevoked)
        {
            var otherAdmins = await db.Set<ApiKey>().IgnoreQueryFilters()
                .CountAsync(k => k.Role == Role.PlatformAdmin && k.RevokedAt == null && k.Id != key.Id, ctx.CancellationToken);
            if (otherAdmins == 0)
                throw new DomainException(new InvalidStateError("LAST_PLATFORM_ADMIN_KEY",
                    "This is the last active PLATFORM_ADMIN key; issue another one before revoking it."));
        }

        key.Revoke(ctx.UtcNow());
        await db.SaveChangesAsync(ctx.CancellationToken);
        // Open subscription connections made with this key end at once, on every instance.
        await ctx.Service<IEventBus>().PublishAsync(AccessRevoked.Topic, new AccessRevoked(key.TenantId, key.Id, "The API key was revoked."));
        return MutationPayload.Success("apiKey", key);
    }
}
