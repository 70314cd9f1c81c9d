using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Turns a createSendTask/previewSendTask input into a task: validates settings, checks that smart
/// template, app, signature and SMS template belong together and are usable; parsing and storing are
/// the <see cref="SendTaskStore"/>'s, shared with video tasks.
/// </summary>
public sealed class SendTaskCreator(KooMessageDbContext db, SendTaskStore store, TimeProvider clock, IOptions<ShortLinkOptions> shortLinks,
    ShortLinkDomainRegistry shortLinkDomains)
{
    public async Task<PreparedSendTask> PrepareAsync(SendTaskInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = (input.Numbers ?? []).OfType<string>().Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var linkValidityDays = input.LinkValidityDays ?? SendTaskRules.ValidityMax;
        var trial = input.Trial ?? false;
        var domain = ShortLinkDomainRules.Normalize(input.Domain);
        var scheduledAt = input.ScheduledAt?.ToUniversalTime();
        new InputValidator()
            .ValidateSettings(input.Name, linkValidityDays, input.SendMode, scheduledAt, now, input.NumberSource, numbers.Count,
                input.NumberFileId is not null, trial, domain, input.IdempotencyKey)
            .ThrowIfInvalid();
        await FilingGate.RequireApprovedUsageAsync(db, SmartMessageUsage.SendTask, cancellationToken);
        // Links on the tenant's own domain are what a SHORT_LINK filing covers, on a domain the tenant proved it owns
        // and a reviewer approved; the platform's public domain needs neither.
        if (domain is not null)
        {
            await FilingGate.RequireApprovedUsageAsync(db, SmartMessageUsage.ShortLink, cancellationToken);
            await shortLinkDomains.RequireUsableAsync(domain, cancellationToken);
        }
        // The basic-edition fallback sends basic-edition messages: that area's filing must be approved too.
        if (input.Fallback == FallbackPolicy.BasicEdition)
            await FilingGate.RequireApprovedAsync(db, ProductArea.BasicEdition, cancellationToken);

        var smartTemplate = await db.Set<SmartTemplate>().RequireAsync("smartTemplateId", input.SmartTemplateId, cancellationToken);
        if (!smartTemplate.IsUsable)
            throw new DomainException(new PreconditionFailedError("USABLE_SMART_TEMPLATE", $"The smart template '{smartTemplate.Name}' is not approved and enabled."));
        var app = await db.Set<SmsApp>().RequireAsync("smsAppId", input.SmsAppId, cancellationToken);
        app.RequireActive();
        var signature = await db.Set<SmsSignature>().RequireAsync("signatureId", input.SignatureId, cancellationToken);
        var template = await db.Set<SmsTemplate>().RequireAsync("smsTemplateId", input.SmsTemplateId, cancellationToken);

        var v = new InputValidator();
        if (signature.AppId != app.Id)
            v.Fail("signatureId", $"The signature 【{signature.Name}】 belongs to another SMS app.");
        if (template.AppId != app.Id || template.SignatureId != signature.Id)
            v.Fail("smsTemplateId", "The SMS template must belong to the chosen app and signature.");
        if (!template.ForSmartMessages)
            v.Fail("smsTemplateId", "The SMS template is not one for smart messages (it needs its SHORT_LINK variable).");
        v.ThrowIfInvalid();
        if (!signature.IsUsable)
            throw new DomainException(new PreconditionFailedError("APPROVED_SIGNATURE", $"The signature 【{signature.Name}】 is not approved."));
        if (!template.IsUsable)
            throw new DomainException(new PreconditionFailedError("ACTIVE_SMS_TEMPLATE", $"The SMS template '{template.Name}' is not ACTIVE."));

        var file = input.NumberFileId is null ? null
            : (await db.Set<StoredFile>().RequireAsync("numberFileId", input.NumberFileId, cancellationToken))
                .RequireKind("numberFileId", UploadPolicy.AcceptedKinds(FilePurpose.NumberFile));
        var layout = NumberLayoutRules.Build(v, NumberFileLayout.SmsVariables(template.Variables),
            input.NumberSource == NumberSource.File, smartTemplate.Parameters, input.Columns, input.CardParameters);
        v.ThrowIfInvalid();
        var numberInput = new NumberInput(layout, file, numbers, ResolveCapability: true);
        var definition = new SendTaskDefinition(input.Name, string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey.Trim(),
            smartTemplate.Id, app.Id, signature.Id, template.Id, domain ?? shortLinks.Value.PublicDomain, linkValidityDays,
            input.SendMode, scheduledAt, trial, input.NumberSource, file?.Id, input.Fallback);
        return new PreparedSendTask(definition, template, signature, numberInput);
    }

    /// <summary>The longest message of the task's SMS template (what a plain-SMS fallback costs in segments), as previewSendTask shows it.</summary>
    public MessageEstimate Estimate(PreparedSendTask prepared)
        => SegmentEstimator.Estimate(SegmentEstimator.RenderLongest(prepared.Signature.Name, prepared.Template.Content,
            prepared.Template.Variables, prepared.Definition.Domain ?? shortLinks.Value.PublicDomain));

    /// <summary>号码解析 without storing anything.</summary>
    public Task<NumberParseResult> ParseAsync(PreparedSendTask prepared, CancellationToken cancellationToken)
        => store.ParseAsync(prepared.Numbers, null, cancellationToken);

    /// <summary>The existing task of an idempotency key, if any: the same key never creates a second task.</summary>
    public Task<SendTask?> FindByIdempotencyKeyAsync(string? key, CancellationToken cancellationToken)
        => store.FindByIdempotencyKeyAsync(SendTaskKind.Smart, key, cancellationToken);

    /// <summary>Stores task, recipients and short links atomically (<see cref="SendTaskStore"/>).</summary>
    public Task<(SendTask Task, NumberParseResult Numbers)> CreateAsync(PreparedSendTask prepared, CancellationToken cancellationToken)
    {
        var definition = prepared.Definition;
        return store.StoreAsync(numbers => SendTask.Create(definition, numbers), prepared.Numbers,
            new ShortLinkPlan(definition.Domain, definition.LinkValidityDays, shortLinks.Value.LandingUrl), Estimate(prepared).Segments, cancellationToken);
    }
}
