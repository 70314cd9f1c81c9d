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

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberHomepageMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SaveServiceNumberHomepageInput>("saveServiceNumberHomepage")
            .Description("Saves the homepage (16:9 background, intro, hotlines, quick apps) as one revision and submits it for review. "
                + "While a newer revision is in review the approved homepage stays live; approval replaces it at once.")
            .Returns<ServiceNumberHomepageType>("homepage", "The revision, PENDING review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(SaveAsync);
    }

    private static async Task<MutationPayload> SaveAsync(IResolveFieldContext ctx, SaveServiceNumberHomepageInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var intro = input.Intro.Trim();
        var hotlines = (input.Hotlines ?? []).Select(h => new Hotline(h.Number.Trim(), h.Usage.Trim())).ToList();
        var quickApps = (input.QuickApps ?? []).Select(q => new QuickApp(q.Name.Trim(), q.Deeplink.Trim())).ToList();
        new InputValidator().ValidateHomepage(intro, hotlines, quickApps).ThrowIfInvalid();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("serviceNumberId", input.ServiceNumberId, ctx.CancellationToken);
        var background = await ServiceNumberImages.RequireAsync(db, ctx.Service<IBlobStore>(), "backgroundImageId", input.BackgroundImageId,
            ImageShape.IsWidescreen, "16:9 (e.g. 1920×1080)", ctx.CancellationToken);
        var workflow = ctx.Service<ReviewWorkflow>();
        var homepage = await ServiceNumberRevisions.EditableAsync(db, workflow, serviceNumber, ServiceNumberHomepage.Start, ctx.CancellationToken);
        homepage.Replace(background.Id, intro, hotlines, quickApps);
        await workflow.SubmitAsync(homepage, ctx.CancellationToken);
        return MutationPayload.Success("homepage", homepage);
    }
}
