using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ReportGroupingType : EnumerationGraphType<ReportGrouping>
{
    public ReportGroupingType()
    {
        Name = nameof(ReportGrouping);
        Description = "Rows of a click report: DAY (per UTC day), TARGET (per target over the range), DAY_AND_TARGET (per day and target).";
    }
}
