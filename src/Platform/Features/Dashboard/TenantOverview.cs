using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.Dashboard;

/// <summary>
/// A tenant's overview (总览): what it has configured, by status, what it is sending, today's traffic, and its
/// quota balances with the products whose balance is low (what a QuotaBalanceLow event announces).
/// </summary>
public sealed record TenantOverview(
    IReadOnlyList<FilingCount> Filings,
    IReadOnlyList<StatusCount> Apps,
    IReadOnlyList<StatusCount> Signatures,
    IReadOnlyList<StatusCount> SmsTemplates,
    IReadOnlyList<StatusCount> SmartTemplates,
    IReadOnlyList<StatusCount> VideoTemplates,
    IReadOnlyList<StatusCount> Tasks,
    int RunningTasks,
    int ScheduledTasks,
    MessageTraffic Traffic,
    IReadOnlyList<QuotaBalance> Quota,
    IReadOnlyList<QuotaProduct> LowQuota);
