using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<ApproveInput>("approve")
            .Description("Approves a PENDING item of any kind (PLATFORM_REVIEWER). Two reviewers deciding at once: one wins, the other gets ConflictError.")
            .Returns<ReviewableInterface>("subject", "The item after approval.")
            .Returns<ReviewEventType>("reviewEvent", "The recorded transition.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => DecideAsync(ctx, input.SubjectId, approve: true, input.Note));

        mutation.Mutation<RejectInput>("reject")
            .Description("Rejects a PENDING item of any kind with a reason (PLATFORM_REVIEWER); the tenant may fix it and submit again.")
            .Returns<ReviewableInterface>("subject", "The item after rejection.")
            .Returns<ReviewEventType>("reviewEvent", "The recorded transition.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => DecideAsync(ctx, input.SubjectId, approve: false, input.Reason));

        mutation.Mutation<WithdrawInput>("withdraw")
            .Description("Takes a PENDING submission of any kind back to DRAFT (撤回) before a reviewer decides; recorded in its review history and published like every review transition. Racing a reviewer's decision, one of the two gets ConflictError.")
            .Returns<ReviewableInterface>("subject", "The item, back in DRAFT.")
            .Returns<ReviewEventType>("reviewEvent", "The recorded transition.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var (subject, reviewEvent) = await ctx.Service<ReviewWorkflow>().WithdrawAsync(input.SubjectId, ctx.CancellationToken);
                return MutationPayload.Success(("subject", subject), ("reviewEvent", reviewEvent));
            });
    }

    private static async Task<MutationPayload> DecideAsync(IResolveFieldContext ctx, string subjectId, bool approve, string? text)
    {
        var (subject, reviewEvent) = await ctx.Service<ReviewWorkflow>().DecideAsync(subjectId, approve, text, ctx.CancellationToken);
        return MutationPayload.Success(("subject", subject), ("reviewEvent", reviewEvent));
    }
}
