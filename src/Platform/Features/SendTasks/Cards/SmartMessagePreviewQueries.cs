using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SmartMessagePreviewQueries(IOptions<ShortLinkOptions> shortLinks) : IQueryFields
{
    /// <summary>The short-link code the preview's text shows in place of a recipient's own.</summary>
    public const string SampleCode = "Preview0";

    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SmartMessagePreviewType>>("previewSmartMessage")
            .Description("Effect preview (效果预览): the text SMS as it will be sent, the card filled with the given values, and a watermarked "
                + "preview page rendered like the real one at the phone family's width. Nothing is stored. Invalid input is a top-level error "
                + "with code VALIDATION or NOT_FOUND (the message names the field).")
            .Argument<PreviewSmartMessageInput>("input")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                try
                {
                    return await PreviewAsync(ctx, ctx.GetArgument<PreviewSmartMessageInput>("input"));
                }
                catch (DomainException ex)
                {
                    throw PreviewFailure.From(ex);
                }
            });
    }

    private async Task<SmartMessagePreview> PreviewAsync(IResolveFieldContext ctx, PreviewSmartMessageInput input)
    {
        var tenantId = ctx.RequireTenantId();
        var db = ctx.Db();
        var card = await db.Set<SmartTemplate>().RequireAsync("smartTemplateId", input.SmartTemplateId, ctx.CancellationToken);
        var template = await db.Set<SmsTemplate>().RequireAsync("smsTemplateId", input.SmsTemplateId, ctx.CancellationToken);
        var signature = await db.Set<SmsSignature>().RequireAsync("signatureId", input.SignatureId, ctx.CancellationToken);

        var v = new InputValidator();
        if (template.SignatureId != signature.Id)
            v.Fail("smsTemplateId", "The SMS template must belong to the chosen signature.");
        var variables = template.Variables.Where(x => x.Type != TemplateVariableType.ShortLink).OrderBy(x => x.Index).ToList();
        var variableValues = input.Variables ?? [];
        if (variableValues.Count != variables.Count)
            v.Fail("variables", $"The SMS template has {variables.Count} variables besides its short link.");
        for (var i = 0; i < Math.Min(variableValues.Count, variables.Count); i++)
        {
            if (!TemplateRules.Accepts(variables[i], variableValues[i]))
                v.Fail($"variables[{i}]", $"The value does not fit the variable ${{{variables[i].Index}}}.");
        }
        var values = card.Parameters.Select(_ => string.Empty).ToArray();
        var given = input.Parameters ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var slot = card.Parameters.FindIndex(p => p.Name == given[i].Name);
            if (slot < 0)
                v.Fail($"parameters[{i}].name", $"The card has no parameter '{given[i].Name}'.");
            else if (!SmartTemplateRules.AcceptsValue(card.Parameters[slot], given[i].Value))
                v.Fail($"parameters[{i}].value", $"A value of '{given[i].Name}' has at most {card.Parameters[slot].ValueMax} characters and no control or direction-override characters.");
            else
                values[slot] = given[i].Value;
        }
        v.ThrowIfInvalid();

        var model = input.PhoneModel ?? PhoneModel.Huawei;
        var token = ctx.Service<CardPreviewTokens>().Issue(card.Id, tenantId, values, model)
            ?? throw new DomainException(new ValidationError("parameters", "The values are too long to preview as a page."));
        var text = MessageRenderer.Render(signature.Name, template.Content, template.Variables, variableValues,
            $"https://{shortLinks.Value.PublicDomain}/{SampleCode}");
        var page = CardPreviewTokens.Prefix + token;
        return new SmartMessagePreview(text, CardPreviewEndpoint.Fill(card, values, page), page);
    }
}
