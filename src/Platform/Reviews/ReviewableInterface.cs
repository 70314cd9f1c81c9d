using GraphQL.Types;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Reviews;

/// <summary><c>interface Reviewable</c>: every item that goes through review, with its state and audit trail.</summary>
public sealed class ReviewableInterface : InterfaceGraphType<ReviewableEntity>
{
    public ReviewableInterface()
    {
        Name = "Reviewable";
        Description = "An item that platform reviewers approve or reject.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier.");
        Field<ReviewStatus>("reviewStatus").Description("Where the latest revision is in review.");
        Field<IsoDateTimeGraphType>("submittedAt").Description("When the latest revision was submitted.");
        Field<IsoDateTimeGraphType>("decidedAt").Description("When a reviewer last decided.");
        Field<IsoDateTimeGraphType>("reviewDueAt").Description("While PENDING: when a reviewer should have decided (the kind's review time in working hours); null otherwise.");
        Field<StringGraphType>("rejectionReason").Description("Why the latest revision was rejected, when it was.");
        Field<NonNullGraphType<BooleanGraphType>>("hasApprovedRevision").Description("Whether an approved revision is in force (also while a newer one is in review).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewEventType>>>>("reviewHistory").Description("Every transition, oldest first.");
    }
}
