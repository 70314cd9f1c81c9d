using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<ServiceNumberType, ServiceNumber>("serviceNumbers")
            .Description("The tenant's service numbers (服务号).")
            .Filter<ServiceNumberFilterInputType>()
            .Sort<ServiceNumberSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<ServiceNumber>());

        query.Field<EffectiveServiceNumberType>("effectiveServiceNumber")
            .Description("What a phone in the province shows above a message sent from the number with the signature: the EFFECTIVE service number "
                + "bound to the matching channel number (exact, then longest prefix, then suffix), or through signature authorisation; null when none.")
            .Argument<NonNullGraphType<StringGraphType>>("channelNumber", "The number the message was sent from (digits).")
            .Argument<NonNullGraphType<StringGraphType>>("signature", "The message's signature, with or without 【】.")
            .Argument<Region>("province", nullable: false, "Where the phone is; NATIONWIDE for an unknown province (only nationwide bindings apply).")
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx => await EffectiveServiceNumberLookup.FindAsync(ctx.Db(),
                ctx.GetArgument<string>("channelNumber"), ctx.GetArgument<string>("signature"), ctx.GetArgument<Region>("province"), ctx.CancellationToken));

        query.Field<ServiceNumberReportType>("serviceNumberReport")
            .Description("Click events (menu, homepage, hotline, quick app) of a service number over whole UTC days, with PV and UV; null when the service number is not found. "
                + "CSV: GET /sn/reports/{serviceNumberId}.csv?from=&to=&groupBy= with the same credentials.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceNumberId", "The service number.")
            .Argument<NonNullGraphType<IsoDateTimeGraphType>>("from", "The first day (its UTC date counts).")
            .Argument<NonNullGraphType<IsoDateTimeGraphType>>("to", "The last day, included (its UTC date counts); at most 366 days after from.")
            .Argument<ReportGrouping>("groupBy", nullable: true, "Rows per DAY, TARGET or DAY_AND_TARGET (default).", a => a.DefaultValue = ReportGrouping.DayAndTarget)
            .Authorize(TenantRoles.Workers)
            .ResolveAsync(async ctx =>
            {
                (DateTime From, DateTime To) days;
                try
                {
                    days = ReportRules.Days(ctx.GetArgument<DateTime>("from"), ctx.GetArgument<DateTime>("to"));
                }
                catch (DomainException ex)
                {
                    throw new ExecutionError(ex.Message) { Code = ErrorCodes.InvalidRequest };
                }
                var db = ctx.Db();
                var serviceNumber = GlobalId.TryDecode(ctx.GetArgument<string>("serviceNumberId"), "ServiceNumber", out var id)
                    ? await db.Set<ServiceNumber>().FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken)
                    : null;
                return serviceNumber is null
                    ? null
                    : await ServiceNumberReports.BuildAsync(db, serviceNumber, days.From, days.To, ctx.GetArgument<ReportGrouping>("groupBy"), ctx.CancellationToken);
            });
    }
}
