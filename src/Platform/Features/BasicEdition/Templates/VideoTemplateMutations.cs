using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateMutations(IOptions<BasicEditionOptions> options) : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateVideoTemplateInput>("createVideoTemplate")
            .Description("Creates a video SMS template (视频短信模板) from uploaded resources and submits it for review.")
            .Returns<VideoTemplateType>("videoTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var frames = await ResolveAsync(ctx, input);
                var template = VideoTemplate.Create(input.Name, input.Title, frames, input.ContainsQrCode ?? false, options.Value.MaxTemplateBytes);
                ctx.Db().Add(template);
                await ctx.Service<ReviewWorkflow>().SubmitAsync(template, ctx.CancellationToken);
                return MutationPayload.Success("videoTemplate", template);
            });

        mutation.Mutation<UpdateVideoTemplateInput>("updateVideoTemplate")
            .Description("Changes a DRAFT or REJECTED template, or starts a new revision of an APPROVED one (which stays in use until the revision is approved), and submits it for review.")
            .Returns<VideoTemplateType>("videoTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var template = await ctx.Db().Set<VideoTemplate>().RequireAsync("id", input.Id, ctx.CancellationToken);
                template.RequireTenantOwned();
                var frames = await ResolveAsync(ctx, input);
                var workflow = ctx.Service<ReviewWorkflow>();
                workflow.BeginEdit(template);
                template.Update(input.Name, input.Title, frames, input.ContainsQrCode ?? false, options.Value.MaxTemplateBytes);
                await workflow.SubmitAsync(template, ctx.CancellationToken);
                return MutationPayload.Success("videoTemplate", template);
            });
    }

    private static Task<List<VideoFrame>> ResolveAsync(IResolveFieldContext ctx, VideoTemplateFields input)
    {
        new InputValidator().ValidateOutline(input.Name, input.Title, input.Frames.Select(f => f.Resources.Count).ToList()).ThrowIfInvalid();
        return ctx.Service<VideoResourceResolver>().ResolveAsync(input.Frames, ctx.CancellationToken);
    }
}
