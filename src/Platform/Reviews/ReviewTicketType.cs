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
