using GraphQL.Types;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewTicketStatusType : EnumerationGraphType<ReviewTicketStatus>
{
    public ReviewTicketStatusType()
    {
        Name = nameof(ReviewTicketStatus);
        Description = "OPEN while waiting for a reviewer, DECIDED once approved or rejected.";
    }
}
