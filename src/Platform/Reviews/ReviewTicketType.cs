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
        Field("kind", x => x.SubjectKind, type: typeof(NonNullGraphType<ReviewSubjectKindType>)).Description("What kind of item.");
        Field(x => x.Title).Description("Short description of the item.");
        Field(x => x.SubmittedAt).Description("When it was submitted.");
        Field(x => x.DueAt).Description("When a reviewer should have decided: the kind's review time (filings 3 working days, signatures and templates 2 working hours, other kinds 1 working day) counted in working time from submission.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Whether it is still OPEN past its due time.")
            .Resolve(c => c.Source.IsOverdueAt(c.UtcNow()));
        Field(x => x.Status).Description("OPEN, DECIDED or WITHDRAWN.");
        Field(x => x.Decision).Description("APPROVED or REJECTED once decided; DRAFT once withdrawn.");
        Field(x => x.DecidedAt).Description("When it was decided.");
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
