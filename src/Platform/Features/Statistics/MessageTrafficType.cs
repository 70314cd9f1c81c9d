using GraphQL.Types;

namespace KooMessage.Platform.Features.Statistics;

public sealed class MessageTrafficType : ObjectGraphType<MessageTraffic>
{
    public MessageTrafficType()
    {
        Name = "MessageTraffic";
        Description = "Throughput from the statistics rollups: today (the local day in the requested time zone) and the last hour.";
        Field<NonNullGraphType<MessageTotalsType>>("today").Description("Since local midnight.").Resolve(c => c.Source.Today);
        Field<NonNullGraphType<MessageTotalsType>>("lastHour")
            .Description("The current quarter hour and the three before it (rollups keep quarter hours, so 45 to 60 minutes).")
            .Resolve(c => c.Source.LastHour);
    }
}
