using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateMutations(IOptions<MessagingOptions> options) : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateSmsTemplateInput>("createSmsTemplate")
            .Description("Creates an SMS template under an app and an approved signature of it, and submits it for review.")
            .Returns<SmsTemplateType>("smsTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var content = Content(input);
                var app = await db.Set<SmsApp>().RequireAsync("appId", input.AppId, ctx.CancellationToken);
                app.RequireActive();
                var signature = await UsableSignatureAsync(db, app, input.SignatureId, ctx.CancellationToken);
                var template = SmsTemplate.Create(app.Id, signature.Id, content, options.Value.MaxTemplateContentLength);
                db.Add(template);
                await ctx.Service<ReviewWorkflow>().SubmitAsync(template, ctx.CancellationToken);
                return MutationPayload.Success("smsTemplate", template);
            });

        mutation.Mutation<UpdateSmsTemplateInput>("updateSmsTemplate")
            .Description("Changes a DRAFT or REJECTED template and submits it for review again.")
            .Returns<SmsTemplateType>("smsTemplate", "The template, under review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType), typeof(InvalidStateErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var content = Content(input);
                var template = await db.Set<SmsTemplate>().RequireAsync("id", input.Id, ctx.CancellationToken);
                var workflow = ctx.Service<ReviewWorkflow>();
                workflow.BeginEdit(template);
                var app = await db.Set<SmsApp>().FirstAsync(a => a.Id == template.AppId, ctx.CancellationToken);
                var signature = await UsableSignatureAsync(db, app, input.SignatureId, ctx.CancellationToken);
                template.Update(signature.Id, content, options.Value.MaxTemplateContentLength);
                await workflow.SubmitAsync(template, ctx.CancellationToken);
                return MutationPayload.Success("smsTemplate", template);
            });

        mutation.Mutation<SmsTemplateIdInput>("deactivateSmsTemplate")
            .Description("Deactivates an ACTIVE template (PLATFORM_REVIEWER): it can no longer be sent.")
            .Returns<SmsTemplateType>("smsTemplate", "The inactive template.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => ReviewerChangeAsync(ctx, input.Id, t => t.Deactivate()));

        mutation.Mutation<SmsTemplateIdInput>("activateSmsTemplate")
            .Description("Reactivates an INACTIVE template (PLATFORM_REVIEWER).")
            .Returns<SmsTemplateType>("smsTemplate", "The active template.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.PlatformReviewer)
            .Resolve((ctx, input) => ReviewerChangeAsync(ctx, input.Id, t => t.Activate()));
    }

    private static SmsTemplateContent Content(SmsTemplateFields input)
        => new(input.Name, input.Type, input.Content,
            input.Variables.Select(v => new TemplateVariable(v.Index, v.Type, v.Type == TemplateVariableType.ShortLink ? 0 : v.MaxLength)).ToList(), input.ForSmartMessages,
            input.ApplicationNote);

    /// <summary>The signature must be the tenant's, of the same app, and APPROVED.</summary>
    private static async Task<SmsSignature> UsableSignatureAsync(KooMessageDbContext db, SmsApp app, string signatureId, CancellationToken cancellationToken)
    {
        var signature = await db.Set<SmsSignature>().RequireAsync("signatureId", signatureId, cancellationToken);
        if (signature.AppId != app.Id)
            throw new DomainException(new ValidationError("signatureId", $"The signature 【{signature.Name}】 belongs to another SMS app."));
        if (!signature.IsUsable)
            throw new DomainException(new PreconditionFailedError("APPROVED_SIGNATURE",
                $"The signature 【{signature.Name}】 is {EnumNames.Of(signature.ReviewStatus)}; a template needs an APPROVED signature."));
        return signature;
    }

    private static async Task<MutationPayload> ReviewerChangeAsync(IResolveFieldContext ctx, string id, Action<SmsTemplate> change)
        => MutationPayload.Success("smsTemplate", await ctx.Service<ReviewerAccess>().ChangeAsync(id, change, ctx.CancellationToken));
}
