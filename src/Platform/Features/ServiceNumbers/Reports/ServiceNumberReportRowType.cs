using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReportRowType : ObjectGraphType<ServiceNumberReportRow>
{
    public ServiceNumberReportRowType()
    {
        Name = "ServiceNumberReportRow";
        Description = "Clicks of one group: a day, a target, or a target on a day.";
        Field(x => x.Day).Description("The UTC day (midnight); null when grouped by TARGET.");
        Field(x => x.Target).Description("The kind of target; null when grouped by DAY.");
        Field(x => x.Name).Description("The menu item, hotline number or quick app (empty for the homepage); null when grouped by DAY.");
        Field(x => x.Pv).Description("Page views: events.");
        Field(x => x.Uv).Description("Unique visitors in the group.");
    }
}
