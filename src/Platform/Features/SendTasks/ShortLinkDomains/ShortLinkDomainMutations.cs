using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkDomainMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateShortLinkDomainInput>("createShortLinkDomain")
            .Description("Registers a short-link domain the tenant owns (DRAFT) and issues its ownership token: publish it, then verifyShortLinkDomain.")
            .Returns<ShortLinkDomainType>("shortLinkDomain", "The domain, with its token and where to publish it.")
            .Errors(typeof(ValidationErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var claim = await ctx.Service<ShortLinkDomainRegistry>().ClaimAsync(ctx.RequireTenantId(), input.Domain, ctx.CancellationToken);
                return MutationPayload.Success("shortLinkDomain", claim);
            });

        mutation.Mutation<VerifyShortLinkDomainInput>("verifyShortLinkDomain")
            .Description("Checks the domain's ownership token (DNS TXT, else HTTP); proven, the domain is VERIFIED and submitted for review (PENDING).")
            .Returns<ShortLinkDomainType>("shortLinkDomain", "The domain, verified and under review.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var claim = await ctx.Service<ShortLinkDomainRegistry>().VerifyAsync(ctx.RequireTenantId(), input.Id, ctx.CancellationToken);
                return MutationPayload.Success("shortLinkDomain", claim);
            });
    }
}
