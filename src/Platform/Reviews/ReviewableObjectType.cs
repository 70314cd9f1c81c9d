using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Reviews;

/// <summary>Base of the GraphQL type of every reviewable entity: a Node that implements <c>Reviewable</c>.</summary>
public abstract class ReviewableObjectType<T> : NodeObjectType<T>
    where T : ReviewableEntity
{
    protected ReviewableObjectType(string name, string description) : base(name, description)
    {
        Interface<ReviewableInterface>();
        Field<NonNullGraphType<ReviewStatusType>>("reviewStatus").Description("Where the latest revision is in review.").Resolve(c => c.Source.ReviewStatus);
        Field<DateTimeGraphType>("submittedAt").Description("When the latest revision was submitted.").Resolve(c => c.Source.SubmittedAt);
        Field<DateTimeGraphType>("decidedAt").Description("When a reviewer last decided.").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("rejectionReason").Description("Why the latest revision was rejected, when it was.").Resolve(c => c.Source.RejectionReason);
        Field<NonNullGraphType<BooleanGraphType>>("hasApprovedRevision").Description("Whether an approved revision is in force (also while a newer one is in review).")
            .Resolve(c => c.Source.HasApprovedRevision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewEventType>>>>("reviewHistory").Description("Every transition, oldest first.")
            .Resolve(c => ReviewLoaders.HistoryBySubject(c).Load(c.Source.Id));
    }
}
