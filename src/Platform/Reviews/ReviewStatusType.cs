using GraphQL.Types;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewStatusType : EnumerationGraphType<ReviewStatus>
{
    public ReviewStatusType()
    {
        Name = nameof(ReviewStatus);
        Description = "Review state: DRAFT → PENDING (待审核) → APPROVED (审核通过) or REJECTED (驳回).";
    }
}
