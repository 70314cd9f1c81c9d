using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReportType : ObjectGraphType<ServiceNumberReport>
{
    public ServiceNumberReportType()
    {
        Name = "ServiceNumberReport";
        Description = "Click events of a service number over whole UTC days, with PV (events) and UV (distinct visitors).";
        Field<NonNullGraphType<ServiceNumberType>>("serviceNumber").Description("The service number.").Resolve(c => c.Source.ServiceNumber);
        Field<NonNullGraphType<DateTimeGraphType>>("from").Description("The first day (UTC midnight).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Description("The last day, included (UTC midnight).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ReportGroupingType>>("groupBy").Description("How the rows are grouped.").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<IntGraphType>>("pv").Description("All events in the range.").Resolve(c => c.Source.Pv);
        Field<NonNullGraphType<IntGraphType>>("uv").Description("Distinct visitors in the range.").Resolve(c => c.Source.Uv);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceNumberReportRowType>>>>("rows")
            .Description("One row per group with events, by day, then target, then name.").Resolve(c => c.Source.Rows);
    }
}
