using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewTicketSortInputType : SortInputType<ReviewTicket>
{
    public ReviewTicketSortInputType() : base("ReviewTicketSortInput", "Sort order of review tickets.")
    {
        Sort("dueAt", t => t.DueAt);
        Sort("submittedAt", t => t.SubmittedAt);
        Sort("kind", t => t.SubjectKind);
        Sort("title", t => t.Title);
    }
}
