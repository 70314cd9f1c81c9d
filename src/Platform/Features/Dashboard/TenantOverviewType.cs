using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Features.Quotas;
using KooMessage.Platform.Features.Statistics;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class TenantOverviewType : ObjectGraphType<TenantOverview>
{
    public TenantOverviewType()
    {
        Name = "TenantOverview";
        Description = "The tenant's overview (总览): its filings, apps, signatures and templates by status, its unfinished tasks, and its traffic.";
        Counts<FilingCountType>("filings", x => x.Filings, "Filings (备案) by product area and review status.");
        Counts<StatusCountType>("apps", x => x.Apps, "SMS applications by status (SmsAppStatus).");
        Counts<StatusCountType>("signatures", x => x.Signatures, "Signatures by review status.");
        Counts<StatusCountType>("smsTemplates", x => x.SmsTemplates, "SMS templates by status (SmsTemplateStatus).");
        Counts<StatusCountType>("smartTemplates", x => x.SmartTemplates, "The tenant's own smart templates (not the public ones) by review status.");
        Counts<StatusCountType>("videoTemplates", x => x.VideoTemplates, "The tenant's own video templates (not the public ones) by review status.");
        Counts<StatusCountType>("tasks", x => x.Tasks, "Unfinished send tasks of both kinds (smart and video) by status: SCHEDULED, QUEUED, SENDING, SENT.");
        Field(x => x.RunningTasks).Description("Tasks sending or waiting for receipts (QUEUED, SENDING, SENT).");
        Field(x => x.ScheduledTasks).Description("Tasks SCHEDULED for later.");
        Field<NonNullGraphType<MessageTrafficType>>("traffic").Description("Sent, delivered and clicked today and in the last hour.").Resolve(c => c.Source.Traffic);
        Counts<QuotaBalanceType>("quota", x => x.Quota, "The balance (余量) of each product over the tenant's usable packages, as `balances` reads it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<QuotaProduct>>>>>("lowQuota")
            .Description("The products whose balance is low: what remains is at most Quotas:LowBalancePercent of what the usable packages granted "
                + "(the rule behind the low-balance event; on dashboardUpdated the counter tenant.quota.<PRODUCT>.low turns 1).")
            .Resolve(c => c.Source.LowQuota);
    }

    private void Counts<TType>(string name, Func<TenantOverview, object> value, string description)
        where TType : IGraphType
        => Field<NonNullGraphType<ListGraphType<NonNullGraphType<TType>>>>(name).Description(description).Resolve(c => value(c.Source));
}
