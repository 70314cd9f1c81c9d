using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using KooMessage.Platform.Domain;
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

        mutation.Mutation<UpdateSmartTemplateInput>("updateSmartTemplate")
            .Description("Changes a DRAFT or REJECTED template, or starts a revision of an APPROVED one (the approved content stays in use "
                + "until the revision is approved), and submits it for review.")
            .Returns<SmartTemplateType>("smartTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var template = await ctx.Db().Set<SmartTemplate>().RequireAsync("id", input.Id, ctx.CancellationToken);
                var (pages, parameters) = await ContentAsync(ctx, input);
                var workflow = ctx.Service<ReviewWorkflow>();
                workflow.BeginEdit(template);
                template.Update(input.Name, pages, parameters);
                await workflow.SubmitAsync(template, ctx.CancellationToken);
                return MutationPayload.Success("smartTemplate", template);
            });

        mutation.Mutation<CopySmartTemplateInput>("copySmartTemplate")
            .Description("Copies a public template or one of the tenant's own into a new template of the tenant, submitted for review.")
            .Returns<SmartTemplateType>("smartTemplate", "The copy, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var source = await db.Set<SmartTemplate>().AsNoTracking().RequireAsync("id", input.Id, ctx.CancellationToken);
                var copy = source.CopyAs(input.Name);
                db.Add(copy);
                await ctx.Service<ReviewWorkflow>().SubmitAsync(copy, ctx.CancellationToken);
                return MutationPayload.Success("smartTemplate", copy);
            });

        mutation.Mutation<CreatePublicSmartTemplateInput>("createPublicSmartTemplate")
            .Description("Creates a public template (公共模板) every tenant sees, uses and copies; in use at once, not reviewed (PLATFORM_ADMIN).")
            .Returns<SmartTemplateType>("smartTemplate", "The public template.")
            .Errors(typeof(ValidationErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var (pages, parameters) = PublicContent(input);
                var template = SmartTemplate.Public(Guid.CreateVersion7(), input.Name.Trim(), pages, parameters, ctx.UtcNow());
                var db = ctx.Db();
                db.Add(template);
                using (db.AllowCrossTenantWrites())
                    await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("smartTemplate", template);
            });

        mutation.Mutation<UpdatePublicSmartTemplateInput>("updatePublicSmartTemplate")
            .Description("Changes a public template, in use at once; its parameters keep their names and order (PLATFORM_ADMIN).")
            .Returns<SmartTemplateType>("smartTemplate", "The public template.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                var db = ctx.Db();
                var template = await db.Set<SmartTemplate>().RequireAsync("id", input.Id, ctx.CancellationToken);
                var (pages, parameters) = PublicContent(input);
                template.UpdatePublic(input.Name, pages, parameters);
                using (db.AllowCrossTenantWrites())
                    await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("smartTemplate", template);
            });

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
        var (pages, parameters) = await ContentAsync(ctx, input);
        var template = SmartTemplate.Create(input.Name, pages, parameters);
        ctx.Db().Add(template);
        await ctx.Service<ReviewWorkflow>().SubmitAsync(template, ctx.CancellationToken);
        return MutationPayload.Success("smartTemplate", template);
    }

    /// <summary>
    /// Pages and parameters of a public card. Images are refused: a card page serves images from the sending tenant's
    /// files, and a platform admin's upload belongs to no tenant that sends.
    /// </summary>
    private static (List<SmartTemplatePage> Pages, List<SmartTemplateParameter> Parameters) PublicContent(SmartTemplateFieldsInput input)
    {
        var validator = new InputValidator();
        var pages = new List<SmartTemplatePage>();
        for (var p = 0; p < input.Pages.Count; p++)
        {
            var components = new List<SmartTemplateComponent>();
            for (var c = 0; c < input.Pages[p].Components.Count; c++)
            {
                var component = input.Pages[p].Components[c];
                if (component.Type == SmartComponentType.Image || component.ImageFileId is not null)
                    validator.Fail($"pages[{p}].components[{c}].imageFileId", "Public cards have no images: card pages serve images from the sending tenant's own files.");
                components.Add(component.ToComponent(null));
            }
            pages.Add(new SmartTemplatePage { Components = components });
        }
        validator.ThrowIfInvalid();
        return (pages, Parameters(input));
    }

    private static List<SmartTemplateParameter> Parameters(SmartTemplateFieldsInput input)
        => input.Parameters.Select(p => new SmartTemplateParameter(p.Name.Trim(), p.Description?.Trim(), p.MaxLength)).ToList();

    /// <summary>Pages and parameters of an input, with each image resolved to one of the tenant's uploaded images.</summary>
    private static async Task<(List<SmartTemplatePage> Pages, List<SmartTemplateParameter> Parameters)> ContentAsync(IResolveFieldContext ctx, SmartTemplateFieldsInput input)
    {
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
                components.Add(component.ToComponent(image?.Id));
            }
            pages.Add(new SmartTemplatePage { Components = components });
        }
        return (pages, Parameters(input));
    }
}
