namespace KooMessage.Benchmarks.Load;

/// <summary>
/// One console user of one tenant, in a closed loop until the deadline (no think time: each request
/// follows the previous answer). Each turn picks an operation by weight — mostly reads, then
/// template and signature writes, a reviewer's rejection followed by the tenant's fix, new API keys
/// and small uploads — with a seeded random so runs are comparable, after one turn of each.
/// </summary>
public sealed class LoadClient(int index, LoadTenant tenant, Uri baseAddress, LoadRecorder recorder)
{
    private const int MaxTurns = 1_000_000;

    private static readonly (string Operation, int Weight)[] Mix =
    [
        ("listTemplates", 25),
        ("nodes", 15),
        ("viewer", 10),
        ("createTemplate", 12),
        ("rejectAndUpdateTemplate", 10),
        ("createSignature", 5),
        ("createApiKey", 5),
        ("upload", 12),
    ];

    /// <summary>Every operation kind the clients record (a rejection and the fix that follows it are two).</summary>
    public static readonly IReadOnlyList<string> Operations =
        [.. Mix.Select(m => m.Operation).Where(o => o != "rejectAndUpdateTemplate"), "reject", "updateTemplate"];

    private readonly Random _random = new(index);
    private readonly List<string> _pendingTemplates = [tenant.TemplateId];
    private int _sequence;

    public async Task RunAsync(DateTime deadline)
    {
        using var client = new LoadGraphQLClient(baseAddress, tenant.TenantKey);
        using var reviewer = new LoadGraphQLClient(baseAddress, tenant.ReviewerKey);
        var total = Mix.Sum(m => m.Weight);
        // The first turns visit every operation once whatever the time, so even a short run on a busy
        // machine exercises each kind; the rest are drawn by weight until the deadline.
        foreach (var (operation, _) in Mix)
            await RunAsync(operation, client, reviewer);
        for (var turn = 0; turn < MaxTurns && DateTime.UtcNow < deadline; turn++)
        {
            var pick = _random.Next(total);
            await RunAsync(Mix.First(m => (pick -= m.Weight) < 0).Operation, client, reviewer);
        }
    }

    private async Task RunAsync(string operation, LoadGraphQLClient client, LoadGraphQLClient reviewer)
    {
        var name = $"L{index}-{++_sequence}";
        switch (operation)
        {
            case "listTemplates":
                recorder.Record(operation, await client.QueryAsync(LoadDocuments.Templates, new { prefix = $"L{index}-" }));
                break;
            case "nodes":
                recorder.Record(operation, await client.QueryAsync(LoadDocuments.Nodes,
                    new { ids = new[] { _pendingTemplates[_random.Next(_pendingTemplates.Count)], tenant.SignatureId, tenant.AppId } }));
                break;
            case "viewer":
                recorder.Record(operation, await client.QueryAsync(LoadDocuments.Viewer));
                break;
            case "createTemplate":
                var created = await client.MutateAsync("createSmsTemplate", LoadDocuments.CreateTemplate,
                    new { appId = tenant.AppId, signatureId = tenant.SignatureId, name });
                recorder.Record(operation, created);
                if (created.Ok)
                    _pendingTemplates.Add(created.Data.GetProperty("createSmsTemplate").GetProperty("smsTemplate").GetProperty("id").GetString()!);
                break;
            case "rejectAndUpdateTemplate":
                await RejectAndUpdateAsync(client, reviewer, name);
                break;
            case "createSignature":
                recorder.Record(operation, await client.MutateAsync("createSmsSignature", LoadDocuments.CreateSignature,
                    new { appId = tenant.AppId, name = "签名" + name }));
                break;
            case "createApiKey":
                recorder.Record(operation, await client.MutateAsync("createApiKey", LoadDocuments.CreateApiKey,
                    new { tenantId = (string?)null, name, role = "TENANT_MEMBER" }));
                break;
            case "upload":
                recorder.Record(operation, await client.UploadAsync(LoadTenant.Png, name + ".png", "IMAGE"));
                break;
            default:
                throw new InvalidOperationException($"Unknown operation {operation}.");
        }
    }

    /// <summary>A reviewer rejects one of the tenant's pending templates; the tenant fixes it and resubmits it (PENDING again).</summary>
    private async Task RejectAndUpdateAsync(LoadGraphQLClient client, LoadGraphQLClient reviewer, string name)
    {
        var id = _pendingTemplates[_random.Next(_pendingTemplates.Count)];
        var rejected = await reviewer.MutateAsync("reject", LoadDocuments.Reject, new { id });
        recorder.Record("reject", rejected);
        if (!rejected.Ok)
            return;
        recorder.Record("updateTemplate", await client.MutateAsync("updateSmsTemplate", LoadDocuments.UpdateTemplate,
            new { id, signatureId = tenant.SignatureId, name }));
    }
}
