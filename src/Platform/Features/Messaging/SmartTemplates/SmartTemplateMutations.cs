using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateSmartTemplateInput>("createSmartTemplate")
            .Description("Creates a smart (card) template and submits it for review.")
            .Returns<SmartTemplateType>("smartTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(CreateAsync);

        mutation.Mutation<SetSmartTemplateEnabledInput>("setSmartTemplateEnabled")
            .Description("Enables or disables one of the tenant's smart templates.")
            .Returns<SmartTemplateType>("smartTemplate", "The template.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var template = await ctx.Db().Set<SmartTemplate>().RequireAsync("id", input.Id, ctx.CancellationToken);
                template.SetEnabled(input.Enabled);
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("smartTemplate", template);
            });
    }

    private static async Task<MutationPayload> CreateAsync(IResolveFieldContext ctx, CreateSmartTemplateInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var pages = new List<SmartTemplatePage>();
        for (var p = 0; p < input.Pages.Count; p++)
        {
            var components = new List<SmartTemplateComponent>();
            for (var c = 0; c < input.Pages[p].Components.Count; c++)
            {
                var component = input.Pages[p].Components[c];
                var field = $"pages[{p}].components[{c}].imageFileId";
                var image = component.ImageFileId is null ? null
                    : (await db.Set<StoredFile>().RequireAsync(field, component.ImageFileId, ctx.CancellationToken))
                        .RequireKind(field, UploadPolicy.AcceptedKinds(FilePurpose.Image));
                components.Add(new SmartTemplateComponent(component.Type, component.Text?.Trim(), image?.Id, component.Url?.Trim()));
            }
            pages.Add(new SmartTemplatePage { Components = components });
        }
        var parameters = input.Parameters.Select(p => new SmartTemplateParameter(p.Name.Trim(), p.Description?.Trim(), p.MaxLength)).ToList();
        var template = SmartTemplate.Create(input.Name, pages, parameters);
        db.Add(template);
        await ctx.Service<ReviewWorkflow>().SubmitAsync(template, ctx.CancellationToken);
        return MutationPayload.Success("smartTemplate", template);
    }
}
