using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReportRowType : ObjectGraphType<ServiceNumberReportRow>
{
    public ServiceNumberReportRowType()
    {
        Name = "ServiceNumberReportRow";
        Description = "Clicks of one group: a day, a target, or a target on a day.";
        Field<DateTimeGraphType>("day").Description("The UTC day (midnight); null when grouped by TARGET.").Resolve(c => c.Source.Day);
        Field<ClickTargetType>("target").Description("The kind of target; null when grouped by DAY.").Resolve(c => c.Source.Target);
        Field<StringGraphType>("name").Description("The menu item, hotline number or quick app (empty for the homepage); null when grouped by DAY.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("pv").Description("Page views: events.").Resolve(c => c.Source.Pv);
        Field<NonNullGraphType<IntGraphType>>("uv").Description("Unique visitors in the group.").Resolve(c => c.Source.Uv);
    }
}
