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
        Field(x => x.ReviewStatus).Description("Where the latest revision is in review.");
        Field(x => x.SubmittedAt).Description("When the latest revision was submitted.");
        Field(x => x.DecidedAt).Description("When a reviewer last decided.");
        Field(x => x.ReviewDueAt).Description("While PENDING: when a reviewer should have decided (the kind's review time in working hours); null otherwise.");
        Field(x => x.RejectionReason).Description("Why the latest revision was rejected, when it was.");
        Field(x => x.HasApprovedRevision).Description("Whether an approved revision is in force (also while a newer one is in review).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewEventType>>>>("reviewHistory").Description("Every transition, oldest first.")
            .Resolve(c => ReviewLoaders.HistoryBySubject(c).Load(c.Source.Id));
    }
}
