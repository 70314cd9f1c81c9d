using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppMutations(IOptions<MessagingOptions> options) : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateSmsAppInput>("createSmsApp")
            .Description("Creates an SMS app; at most two per tenant; needs an approved SMART_MESSAGE filing.")
            .Returns<SmsAppType>("smsApp", "The new app.")
            .Errors(typeof(ValidationErrorType), typeof(LimitExceededErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<RenameSmsAppInput>("renameSmsApp")
            .Description("Renames an SMS app.")
            .Returns<SmsAppType>("smsApp", "The renamed app.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var app = await ctx.Db().Set<SmsApp>().RequireAsync("id", input.Id, ctx.CancellationToken);
                app.Rename(input.Name);
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("smsApp", app);
            });

        mutation.Mutation<SuspendSmsAppInput>("suspendSmsApp")
            .Description("Suspends a tenant's SMS app (PLATFORM_REVIEWER): nothing is sent through it until resumed.")
            .Returns<SmsAppType>("smsApp", "The suspended app.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => ReviewerChangeAsync(ctx, input.Id, app => app.Suspend(input.Reason)));

        mutation.Mutation<ResumeSmsAppInput>("resumeSmsApp")
            .Description("Resumes a suspended SMS app (PLATFORM_REVIEWER).")
            .Returns<SmsAppType>("smsApp", "The active app.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => ReviewerChangeAsync(ctx, input.Id, app => app.Resume()));
    }

    private async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateSmsAppInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        await FilingGate.RequireApprovedAsync(db, ProductArea.SmartMessage, ctx.CancellationToken);
        var limit = options.Value.MaxSmsAppsPerTenant;
        var taken = await db.Set<SmsApp>().Select(a => a.Slot).ToListAsync(ctx.CancellationToken);
        var slot = Enumerable.Range(1, limit).FirstOrDefault(s => !taken.Contains(s));
        if (slot == 0)
            throw new DomainException(new LimitExceededError(limit, $"A tenant has at most {limit} SMS apps."));
        var app = SmsApp.Create(input.Name, slot);
        db.Add(app);
        await db.SaveChangesAsync(ctx.CancellationToken);
        return MutationPayload.Success("smsApp", app);
    }

    private static async Task<MutationPayload> ReviewerChangeAsync(IResolveFieldContext ctx, string id, Action<SmsApp> change)
        => MutationPayload.Success("smsApp", await ctx.Service<ReviewerAccess>().ChangeAsync(id, change, ctx.CancellationToken));
}
