using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Turns a createSendTask/previewSendTask input into a task: validates settings, checks that smart
/// template, app, signature and SMS template belong together and are usable, parses the numbers
/// (streaming) and — for creation — stores task, recipients and short links in one transaction.
/// </summary>
public sealed class SendTaskCreator(
    KooMessageDbContext db,
    TenantContext tenant,
    ICapabilityResolver capabilities,
    IBlobStore blobs,
    TimeProvider clock,
    IOptions<ShortLinkOptions> shortLinks)
{
    /// <summary>Recipients and links are written in batches of this many, so memory stays flat for big files.</summary>
    private const int WriteBatch = 1000;

    public async Task<PreparedSendTask> PrepareAsync(SendTaskInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = (input.Numbers ?? []).OfType<string>().Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var linkValidityDays = input.LinkValidityDays ?? SendTaskRules.ValidityMax;
        var trial = input.Trial ?? false;
        var domain = string.IsNullOrWhiteSpace(input.Domain) ? null : input.Domain.Trim().ToLowerInvariant();
        var scheduledAt = input.ScheduledAt?.ToUniversalTime();
        new InputValidator()
            .ValidateSettings(input.Name, linkValidityDays, input.SendMode, scheduledAt, now, input.NumberSource, numbers.Count,
                input.NumberFileId is not null, trial, domain, input.IdempotencyKey)
            .ThrowIfInvalid();
        await FilingGate.RequireApprovedAsync(db, ProductArea.SmartMessage, cancellationToken);

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
        var layout = new NumberFileLayout(template.Variables.Where(x => x.Type != TemplateVariableType.ShortLink).OrderBy(x => x.Index).ToList(),
            AllowCustomUrl: input.NumberSource == NumberSource.File);
        var definition = new SendTaskDefinition(input.Name, string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey.Trim(),
            smartTemplate.Id, app.Id, signature.Id, template.Id, domain ?? shortLinks.Value.PublicDomain, linkValidityDays,
            input.SendMode, scheduledAt, trial, input.NumberSource, file?.Id, input.Fallback);
        return new PreparedSendTask(definition, template, signature, layout, file, numbers);
    }

    /// <summary>号码解析 without storing anything.</summary>
    public async Task<NumberParseResult> ParseAsync(PreparedSendTask prepared, Func<ParsedRecipient, ValueTask>? sink, CancellationToken cancellationToken)
    {
        var isCapable = await capabilities.PrepareAsync(cancellationToken);
        try
        {
            if (prepared.NumberFile is null)
                return await NumberParser.ParseManualAsync(prepared.Numbers, prepared.Layout, isCapable, sink, cancellationToken);
            await using var content = await blobs.OpenReadAsync(prepared.NumberFile.BlobKey, cancellationToken);
            return await NumberParser.ParseAsync(content, prepared.Layout, isCapable, sink, cancellationToken);
        }
        catch (CsvHelper.CsvFormatException ex)
        {
            throw new DomainException(new ValidationError("numberFileId", $"The number file is not readable CSV: {ex.Message}"));
        }
    }

    /// <summary>The existing task of an idempotency key, if any: the same key never creates a second task.</summary>
    public Task<SendTask?> FindByIdempotencyKeyAsync(string? key, CancellationToken cancellationToken)
        => key is null ? Task.FromResult<SendTask?>(null) : db.Set<SendTask>().FirstOrDefaultAsync(t => t.IdempotencyKey == key, cancellationToken);

    /// <summary>
    /// Stores task, recipients and short links atomically (one transaction, written in batches). A
    /// short-link code that collides with an existing one makes the attempt roll back and run again
    /// with fresh codes.
    /// </summary>
    public async Task<(SendTask Task, NumberParseResult Numbers)> CreateAsync(PreparedSendTask prepared, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateOnceAsync(prepared, cancellationToken);
            }
            catch (Exception ex) when (attempt < 3 && UniqueConstraint.IsViolation(ex) && (ex.InnerException ?? ex).Message.Contains("ShortLinks", StringComparison.Ordinal))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(SendTask Task, NumberParseResult Numbers)> CreateOnceAsync(PreparedSendTask prepared, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Send tasks are created inside a tenant.");
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var placeholder = SendTask.Create(prepared.Definition, new NumberParseResult(0, 0, 0, 0));
            db.Add(placeholder);
            await db.SaveChangesAsync(cancellationToken);

            var now = clock.GetUtcNow().UtcDateTime;
            var expiresAt = now.AddDays(prepared.Definition.LinkValidityDays);
            var landing = shortLinks.Value.LandingUrl.Replace("{task}", GlobalId.Encode("SendTask", placeholder.Id), StringComparison.Ordinal);
            var recipients = new List<Recipient>(WriteBatch);
            var byChannel = new Dictionary<RecipientChannel, MessageCounts>();
            var links = new List<ShortLink>(WriteBatch);
            async Task FlushAsync()
            {
                await db.BulkInsertAsync(recipients, cancellationToken);
                await db.BulkInsertAsync(links, cancellationToken);
                recipients.Clear();
                links.Clear();
            }
            var numbers = await ParseAsync(prepared, async parsed =>
            {
                var channel = Recipient.ChannelFor(parsed.Capability, prepared.Definition.Fallback);
                var code = channel == RecipientChannel.Skipped ? null : ShortLinkCodes.Next();
                var recipient = Recipient.For(placeholder.Id, parsed, prepared.Definition.Fallback, code);
                recipients.Add(recipient);
                var counted = recipient.State == RecipientState.Pending ? new MessageCounts(Submitted: 1) : new MessageCounts(Skipped: 1);
                byChannel[recipient.Channel] = byChannel.GetValueOrDefault(recipient.Channel, MessageCounts.Zero) + counted;
                if (code is not null)
                    links.Add(ShortLink.Create(tenantId, code, prepared.Definition.Domain, placeholder.Id, recipient.Id, parsed.CustomUrl ?? landing, expiresAt));
                if (recipients.Count >= WriteBatch)
                    await FlushAsync();
            }, cancellationToken);
            await FlushAsync();
            db.ChangeTracker.Clear();

            var created = SendTask.Create(prepared.Definition, numbers);
            await db.Set<SendTask>().Where(t => t.Id == placeholder.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Total, created.Total)
                .SetProperty(t => t.Invalid, created.Invalid)
                .SetProperty(t => t.Resolvable, created.Resolvable)
                .SetProperty(t => t.Unresolvable, created.Unresolvable)
                .SetProperty(t => t.Submitted, created.Submitted)
                .SetProperty(t => t.Skipped, created.Skipped), cancellationToken);
            foreach (var (channel, counts) in byChannel)
                await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(placeholder), channel, placeholder.CreatedAt, counts, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var task = await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == placeholder.Id, cancellationToken);
            return (task, numbers);
        });
    }
}
