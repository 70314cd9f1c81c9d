using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SaveFilingInput>("saveFiling")
            .Description("Creates or edits the filing of a product area as a draft. Editing an approved filing starts a new revision; the approved one stays in force.")
            .Returns<FilingType>("filing", "The saved filing.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(SaveAsync);

        mutation.Mutation<SubmitFilingInput>("submitFiling")
            .Description("Submits the filing for review (DRAFT or REJECTED → PENDING); needs the enterprise profile and every required document.")
            .Returns<FilingType>("filing", "The submitted filing.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(SubmitAsync);
    }

    private static async Task<MutationPayload> SaveAsync(IResolveFieldContext ctx, SaveFilingInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var usage = FilingRules.UsageOf(input.Kinds);
        new InputValidator().ValidateContents(input.ProductArea, usage, input.Documents.Select(d => d.Type).ToList()).ThrowIfInvalid();

        var slots = FilingRequirements.For(input.ProductArea);
        var documents = new List<FilingDocument>();
        for (var i = 0; i < input.Documents.Count; i++)
        {
            var slot = slots.First(s => s.Type == input.Documents[i].Type);
            var field = $"documents[{i}].fileId";
            var file = (await db.Set<StoredFile>().RequireAsync(field, input.Documents[i].FileId, ctx.CancellationToken))
                .RequireKind(field, UploadPolicy.AcceptedKinds(slot.Purpose));
            documents.Add(new FilingDocument(slot.Type, file.Id));
        }

        var workflow = ctx.Service<ReviewWorkflow>();
        var filing = await db.Set<Filing>().FirstOrDefaultAsync(f => f.ProductArea == input.ProductArea, ctx.CancellationToken);
        if (filing is null)
        {
            filing = Filing.Start(input.ProductArea);
            db.Add(filing);
        }
        else
        {
            workflow.BeginEdit(filing);
        }
        filing.ReplaceContents(usage, documents);
        await workflow.SaveAsync(ctx.CancellationToken);
        return MutationPayload.Success("filing", filing);
    }

    private static async Task<MutationPayload> SubmitAsync(IResolveFieldContext ctx, SubmitFilingInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var filing = await db.Set<Filing>().RequireAsync("id", input.Id, ctx.CancellationToken);
        if (!await db.Set<EnterpriseProfile>().AnyAsync(ctx.CancellationToken))
            throw new DomainException(new PreconditionFailedError("ENTERPRISE_PROFILE",
                "Save the enterprise profile (saveEnterpriseProfile) before submitting a filing."));
        await ctx.Service<ReviewWorkflow>().SubmitAsync(filing, ctx.CancellationToken);
        return MutationPayload.Success("filing", filing);
    }
}
