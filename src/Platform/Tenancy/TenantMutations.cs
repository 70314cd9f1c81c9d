using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Events;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Tenancy;

public sealed class TenantMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateTenantInput>("createTenant")
            .Description("Creates an enterprise workspace (PLATFORM_ADMIN).")
            .Returns<TenantType>("tenant", "The new tenant.")
            .Errors(typeof(ValidationErrorType), typeof(ConflictErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(CreateAsync);

        mutation.Mutation<SuspendTenantInput>("suspendTenant")
            .Description("Suspends a tenant: its keys stop working and its sending pauses (running tasks stop at their next batch, none starts) until it is resumed (PLATFORM_ADMIN).")
            .Returns<TenantType>("tenant", "The suspended tenant.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var tenant = await FindAsync(ctx, input.Id);
                tenant.Suspend(input.Reason);
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                // Its keys stop working and its open subscription connections end, at once and on every instance.
                await ctx.Service<CredentialCache>().RevokeAsync(new AccessRevoked(tenant.Id, null, "The tenant was suspended."));
                return MutationPayload.Success("tenant", tenant);
            });

        mutation.Mutation<ResumeTenantInput>("resumeTenant")
            .Description("Lifts a suspension: the keys work again and paused sending resumes (a stopped task once its lane lease, Dispatch:LeaseDuration, has run out) (PLATFORM_ADMIN).")
            .Returns<TenantType>("tenant", "The active tenant.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var tenant = await FindAsync(ctx, input.Id);
                tenant.Resume();
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("tenant", tenant);
            });
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateTenantInput input)
    {
        var db = ctx.Db();
        var tenant = Tenant.Create(input.Slug, input.Name);
        if (await db.Set<Tenant>().AnyAsync(t => t.Slug == tenant.Slug, ctx.CancellationToken))
            throw SlugTaken(tenant.Slug);
        db.Add(tenant);
        try
        {
            await db.SaveChangesAsync(ctx.CancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            throw SlugTaken(tenant.Slug);
        }
        return MutationPayload.Success("tenant", tenant);
    }

    private static DomainException SlugTaken(string slug)
        => new(new ConflictError($"The slug '{slug}' is already taken.", "slug"));

    private static Task<Tenant> FindAsync(IResolveFieldContext ctx, string id)
        => ctx.Db().Set<Tenant>().RequireAsync("id", id, ctx.CancellationToken);
}
