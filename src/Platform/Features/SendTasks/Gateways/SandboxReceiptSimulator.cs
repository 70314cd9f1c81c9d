using System.Security.Cryptography;
using System.Text;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using KooMessage.Platform.Hosting;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// The Sandbox carrier's delivery reports: after a delay, each recorded message gets DELIVERED or —
/// for the configured share, decided by a hash of its id — FAILED, applied like real receipts.
/// </summary>
public sealed class SandboxReceiptSimulator(IServiceScopeFactory scopes, IOptions<GatewayOptions> options, IOptions<DispatchOptions> dispatch,
    TimeProvider clock, ILogger<SandboxReceiptSimulator> logger) : BackgroundService
{
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!dispatch.Value.Enabled)
            return;
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.SandboxReceiptDelay.TotalMilliseconds / 2, 50, 1000));
        await PollingLoop.RunAsync(async ct => await ReportDueAsync(ct) > 0, interval, clock, logger, "Simulating Sandbox receipts", stoppingToken);
    }

    public async Task<int> ReportDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now - options.Value.SandboxReceiptDelay;
        var messages = await db.Set<SandboxMessage>()
            .Where(m => m.Receipt == null && m.CreatedAt <= due)
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.MessageId)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (messages.Count == 0)
            return 0;

        var receipts = messages.Select(id => Fails(id)
            ? new Receipt(id, RecipientState.Failed, "SANDBOX_UNDELIVERED", now)
            : new Receipt(id, RecipientState.Delivered, null, now)).ToList();
        await scope.ServiceProvider.GetRequiredService<ReceiptProcessor>().ApplyAsync(receipts, cancellationToken);
        foreach (var outcome in receipts.GroupBy(r => r.Outcome))
        {
            var ids = outcome.Select(r => r.MessageId).ToList();
            await db.Set<SandboxMessage>().Where(m => EF.Parameter(ids).Contains(m.MessageId))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Receipt, outcome.Key).SetProperty(m => m.ReceiptAt, now), cancellationToken);
        }
        return messages.Count;
    }

    private bool Fails(string messageId)
    {
        var rate = options.Value.SandboxFailureRate;
        if (rate <= 0)
            return false;
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(messageId));
        return BitConverter.ToUInt32(hash, 0) / (double)uint.MaxValue < rate;
    }
}
