using GraphQL.Types;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>The counters of a period, as the overview shows them.</summary>
public sealed class MessageTotalsType : ObjectGraphType<MessageCounts>
{
    public MessageTotalsType()
    {
        Name = "MessageTotals";
        Description = "What happened to messages in a period, from the statistics rollups: each counter at the time of its event (see MessageStatisticsRow).";
        Field(x => x.Submitted).Description("Recipients to be sent, by tasks created in the period.");
        Field(x => x.Sent).Description("Accepted by the gateway.");
        Field(x => x.Delivered).Description("Delivered, as receipts report.");
        Field(x => x.Failed).Description("Refused by the gateway or reported undelivered.");
        Field(x => x.Expired).Description("No receipt in time.");
        Field(x => x.Clicks).Description("Short-link clicks (PV).");
        Field(x => x.UniqueClicks).Description("First clicks of a recipient's link (UV).");
    }
}
