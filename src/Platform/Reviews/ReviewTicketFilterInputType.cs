using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewTicketFilterInputType : FilterInputType<ReviewTicket>
{
    public ReviewTicketFilterInputType() : base("ReviewTicketFilterInput", "Conditions on review tickets: kind, tenant, age, due time.")
    {
        Enum<ReviewSubjectKindType>("kind", t => t.SubjectKind);
        Id("tenantId", t => t.TenantId, "Tenant");
        Text("title", t => t.Title);
        Time("submittedAt", t => t.SubmittedAt);
        Time("dueAt", t => t.DueAt);
        Enum("status", t => t.Status);
    }
}
