using GraphQL.Types;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewSubjectKindType : EnumerationGraphType<ReviewSubjectKind>
{
    public ReviewSubjectKindType()
    {
        Name = nameof(ReviewSubjectKind);
        Description = "What kind of item a review is about.";
    }
}
