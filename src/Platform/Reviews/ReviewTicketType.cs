using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewTicketType : NodeObjectType<ReviewTicket>
{
    public ReviewTicketType() : base("ReviewTicket", "A submission waiting in (or decided from) the reviewers' queue.")
    {
        Field<NonNullGraphType<ReviewSubjectKindType>>("kind").Description("What kind of item.").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Short description of the item.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Description("When it was submitted.").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<ReviewTicketStatusType>>("status").Description("OPEN or DECIDED.").Resolve(c => c.Source.Status);
        Field<ReviewStatusType>("decision").Description("APPROVED or REJECTED once decided.").Resolve(c => c.Source.Decision);
        Field<DateTimeGraphType>("decidedAt").Description("When it was decided.").Resolve(c => c.Source.DecidedAt);
        Field<NonNullGraphType<TenantType>>("tenant").Description("The submitting tenant.")
            .Resolve(c => EntityLoaders.ById<Tenant>(c).Load(c.Source.TenantId));
        Field<ReviewableInterface>("subject").Description("The item itself, as the tenant submitted it.")
            .Resolve(c => ReviewLoaders.Subject(c, c.Source.SubjectKind).Load(c.Source.SubjectId));
    }

    /// <summary>Only platform principals see tickets, across tenants.</summary>
    protected override IQueryable<ReviewTicket> Visible(IResolveFieldContext context)
    {
        if (!context.Viewer().IsPlatformPrincipal)
            return context.Db().Set<ReviewTicket>().Where(_ => false);
        ReviewLoaders.ReadAcrossTenantsForReviewers(context);
        return context.Db().Set<ReviewTicket>();
    }
}
