using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy.Resolution;
using KooMessage.Platform.Features.SendTasks.Preparation;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// What creating a task of any kind shares once its settings are validated: parsing the numbers
/// (streaming, from a stored file or typed lines) and storing the task. The task is stored at once,
/// PREPARING, with its parse counts (so bad input is answered before anything is stored, and
/// previewSendTask shows the same counts); its recipients and short links are written in the background
/// (<see cref="SendTaskPreparations"/>), and the caller waits for that up to
/// <see cref="PreparationOptions.ResponseWait"/>.
/// </summary>
public sealed class SendTaskStore(KooMessageDbContext db, TenantContext tenant, ICapabilityResolver capabilities, IBlobStore blobs, TimeProvider clock,
    SendTaskTraces traces, SendTaskPreparations preparations, InstanceIdentity instance, IOptions<PreparationOptions> options, QuotaReservations quotas)
{
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
    /// Parses and counts the numbers, stores the task PREPARING with those counts and the preparation's
    /// lease, starts writing its recipients (and their short links, with a <paramref name="links"/> plan)
    /// in the background, and waits up to <see cref="PreparationOptions.ResponseWait"/> for that.
    /// <paramref name="create"/> makes the task from the parse counts. When another request stored a
    /// task with the same idempotency key meanwhile, that task is the answer.
    /// The task reserves what it can consume from the tenant's packages in the transaction that stores it
    /// (the parse counts are known before anything is stored): a refusal is the caller's typed error with
    /// nothing stored. <paramref name="plainSmsSegments"/> is what one plain-SMS fallback costs.
    /// </summary>
    public async Task<(SendTask Task, NumberParseResult Numbers)> StoreAsync(Func<NumberParseResult, SendTask> create, NumberInput numbers,
        ShortLinkPlan? links, int plainSmsSegments, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Send tasks are created inside a tenant.");
        // The whole parse first: unreadable files are a typed error with nothing stored, and the counts are known before any row is.
        var parsed = await ParseAsync(numbers, null, cancellationToken);
        var task = create(parsed);
        task.BeginPreparation(instance.Id, clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration);
        IReadOnlyList<QuotaProduct> reserved;
        try
        {
            reserved = await db.InTransactionAsync(async ct =>
            {
                var products = await quotas.ReserveAsync(task, plainSmsSegments, ct);
                db.Add(task);
                await db.SaveChangesAsync(ct);
                return products;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex) && task.IdempotencyKey is { } key)
        {
            // The same key raced in from another request: that one won; answer with its task.
            db.ChangeTracker.Clear();
            var winner = await FindByIdempotencyKeyAsync(task.Kind, key, cancellationToken)
                ?? throw new DomainException(new ConflictError("The task could not be stored; try again."));
            return (winner, new NumberParseResult(winner.Total, winner.Invalid, winner.Resolvable, winner.Unresolvable));
        }
        db.ChangeTracker.Clear();
        await quotas.PublishLowBalancesAsync(tenantId, reserved, cancellationToken);
        // The preparation's batches and the dispatcher's belong under this operation's trace.
        traces.Remember(task.Id);
        preparations.Start(new PreparationJob(task.Id, tenantId, numbers, links, plainSmsSegments));
        await preparations.WaitAsync(task.Id, options.Value.ResponseWait, cancellationToken);
        var current = await db.Set<SendTask>().AsNoTracking().FirstAsync(t => t.Id == task.Id, cancellationToken);
        return (current, parsed);
    }
}
