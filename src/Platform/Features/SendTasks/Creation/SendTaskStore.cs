using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Statistics;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// What creating a task of any kind shares once its settings are validated: parsing the numbers
/// (streaming, from a stored file or typed lines) and storing task, recipients and short links in one
/// transaction, so a task exists whole or not at all.
/// </summary>
public sealed class SendTaskStore(KooMessageDbContext db, TenantContext tenant, ICapabilityResolver capabilities, IBlobStore blobs, TimeProvider clock,
    SendTaskTraces traces)
{
    /// <summary>Recipients and links are written in batches of this many, so memory stays flat for big files.</summary>
    private const int WriteBatch = 1000;

    /// <summary>号码解析 without storing anything (a null sink), or feeding each distinct recipient to the sink.</summary>
    public async Task<NumberParseResult> ParseAsync(NumberInput input, Func<ParsedRecipient, ValueTask>? sink, CancellationToken cancellationToken)
    {
        var isCapable = input.ResolveCapability ? await capabilities.PrepareAsync(cancellationToken) : static _ => true;
        try
        {
            if (input.NumberFile is null)
                return await NumberParser.ParseManualAsync(input.Numbers, input.Layout, isCapable, sink, cancellationToken);
            await using var content = await blobs.OpenReadAsync(input.NumberFile.BlobKey, cancellationToken);
            return await NumberParser.ParseAsync(content, input.Layout, isCapable, sink, cancellationToken);
        }
        catch (CsvHelper.CsvFormatException ex)
        {
            throw new DomainException(new ValidationError("numberFileId", $"The number file is not readable CSV: {ex.Message}"));
        }
    }

    /// <summary>
    /// The existing task of an idempotency key, if any: the same key never creates a second task. A key
    /// used by a task of the other kind is a conflict (keys are unique per tenant across kinds).
    /// </summary>
    public async Task<SendTask?> FindByIdempotencyKeyAsync(SendTaskKind kind, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
            return null;
        var task = await db.Set<SendTask>().AsNoTracking().FirstOrDefaultAsync(t => t.IdempotencyKey == key, cancellationToken);
        if (task is not null && task.Kind != kind)
            throw new DomainException(new ConflictError($"The idempotency key was used by a {EnumNames.Of(task.Kind)} task.", "idempotencyKey"));
        return task;
    }

    /// <summary>
    /// Stores the task, then its recipients (and their short links, with a <paramref name="links"/> plan)
    /// as the numbers are parsed, then the task's counters and its statistics rollups: one transaction, written in batches. A
    /// short-link code that collides with an existing one makes the attempt roll back and run again with
    /// fresh codes. <paramref name="create"/> makes the task from the parse counts (empty at first). When
    /// another request stored a task with the same idempotency key meanwhile, that task is the answer.
    /// </summary>
    public async Task<(SendTask Task, NumberParseResult Numbers)> StoreAsync(Func<NumberParseResult, SendTask> create, NumberInput numbers,
        ShortLinkPlan? links, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreOnceAsync(create, numbers, links, cancellationToken);
            }
            catch (Exception ex) when (attempt < 3 && UniqueConstraint.IsViolation(ex) && (ex.InnerException ?? ex).Message.Contains("ShortLinks", StringComparison.Ordinal))
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex) && create(Empty) is { IdempotencyKey: { } key } wanted)
            {
                // The same key raced in from another request: that one won; answer with its task.
                db.ChangeTracker.Clear();
                var winner = await FindByIdempotencyKeyAsync(wanted.Kind, key, cancellationToken)
                    ?? throw new DomainException(new ConflictError("The task could not be stored; try again."));
                return (winner, new NumberParseResult(winner.Total, winner.Invalid, winner.Resolvable, winner.Unresolvable));
            }
        }
    }

    private static readonly NumberParseResult Empty = new(0, 0, 0, 0);

    private async Task<(SendTask Task, NumberParseResult Numbers)> StoreOnceAsync(Func<NumberParseResult, SendTask> create, NumberInput numbers,
        ShortLinkPlan? plan, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Send tasks are created inside a tenant.");
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var placeholder = create(Empty);
            db.Add(placeholder);
            await db.SaveChangesAsync(cancellationToken);

            var expiresAt = plan is null ? default : clock.GetUtcNow().UtcDateTime.AddDays(plan.ValidityDays);
            var landing = plan?.LandingUrl.Replace("{task}", GlobalId.Encode("SendTask", placeholder.Id), StringComparison.Ordinal);
            var recipients = new List<Recipient>(WriteBatch);
            var shortLinks = new List<ShortLink>(WriteBatch);
            var byChannel = new Dictionary<RecipientChannel, MessageCounts>();
            async Task FlushAsync()
            {
                await db.BulkInsertAsync(recipients, cancellationToken);
                await db.BulkInsertAsync(shortLinks, cancellationToken);
                recipients.Clear();
                shortLinks.Clear();
            }
            var parsed = await ParseAsync(numbers, async row =>
            {
                var channel = Recipient.ChannelFor(placeholder.Kind, row.Capability, placeholder.Fallback);
                var code = plan is not null && Recipient.CarriesShortLink(channel) ? ShortLinkCodes.Next() : null;
                var recipient = Recipient.For(placeholder, row, code);
                recipients.Add(recipient);
                var counted = recipient.State == RecipientState.Pending ? new MessageCounts(Submitted: 1) : new MessageCounts(Skipped: 1);
                byChannel[channel] = byChannel.GetValueOrDefault(channel, MessageCounts.Zero) + counted;
                if (code is not null)
                    shortLinks.Add(ShortLink.Create(tenantId, code, plan!.Domain, placeholder.Id, recipient.Id, row.CustomUrl ?? landing!, expiresAt));
                if (recipients.Count >= WriteBatch)
                    await FlushAsync();
            }, cancellationToken);
            await FlushAsync();
            db.ChangeTracker.Clear();

            var counted = create(parsed);
            await db.Set<SendTask>().Where(t => t.Id == placeholder.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Total, counted.Total)
                .SetProperty(t => t.Invalid, counted.Invalid)
                .SetProperty(t => t.Resolvable, counted.Resolvable)
                .SetProperty(t => t.Unresolvable, counted.Unresolvable)
                .SetProperty(t => t.Submitted, counted.Submitted)
                .SetProperty(t => t.Skipped, counted.Skipped), cancellationToken);
            foreach (var (channel, counts) in byChannel)
                await MessageStatisticsRollup.AddAsync(db, MessageStatisticScope.Of(placeholder), channel, placeholder.CreatedAt, counts, cancellationToken);
            // Before the commit: a dispatcher may take the task the moment it is visible, and its batches belong under this operation.
            traces.Remember(placeholder.Id);
            try
            {
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                traces.Forget(placeholder.Id);
                throw;
            }
            var task = await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == placeholder.Id, cancellationToken);
            return (task, parsed);
        });
    }
}
