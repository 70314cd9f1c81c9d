using GraphQL.Types;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewQueueLengthType : ObjectGraphType<ReviewQueueLength>
{
    public ReviewQueueLengthType()
    {
        Name = "ReviewQueueLength";
        Description = "Submissions of one kind waiting for a reviewer, across tenants.";
        Field("kind", x => x.Kind, type: typeof(NonNullGraphType<ReviewSubjectKindType>)).Description("What kind of item.");
        Field(x => x.Waiting).Description("Open tickets of this kind.");
        Field(x => x.Overdue).Description("Open tickets of this kind past their due time (see `reviewQueue`'s `dueAt`).");
        Field(x => x.OldestSubmittedAt).Description("When the ticket waiting longest was submitted; its age is the time since.");
    }
}
