using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReportType : ObjectGraphType<ServiceNumberReport>
{
    public ServiceNumberReportType()
    {
        Name = "ServiceNumberReport";
        Description = "Click events of a service number over whole UTC days, with PV (events) and UV (distinct visitors).";
        Field(x => x.ServiceNumber).Description("The service number.");
        Field(x => x.From).Description("The first day (UTC midnight).");
        Field(x => x.To).Description("The last day, included (UTC midnight).");
        Field(x => x.GroupBy).Description("How the rows are grouped.");
        Field(x => x.Pv).Description("All events in the range.");
        Field(x => x.Uv).Description("Distinct visitors in the range.");
        Field(x => x.MessagesSent).Description("Smart messages handed to the gateway under this service number in the range (send tasks whose signature matched a bound channel number).");
        Field(x => x.Rows).Description("One row per group with events, by day, then target, then name.");
    }
}
