using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewEventType : NodeObjectType<ReviewEvent>
{
    public ReviewEventType() : base("ReviewEvent", "One transition of a reviewable item: the audit trail.")
    {
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Global ID of the item.")
            .Resolve(c => c.Service<ReviewSubjects>().GlobalIdOf(c.Source.SubjectKind, c.Source.SubjectId));
        Field(x => x.SubjectKind, type: typeof(NonNullGraphType<ReviewSubjectKindType>)).Description("What kind of item.");
        Field(x => x.From).Description("State before.");
        Field(x => x.To).Description("State after.");
        Field(x => x.ActorName).Description("Who made the transition (key name or token subject).");
        Field(x => x.ActorRole).Description("The actor's role.");
        Field(x => x.Reason).Description("Rejection reason or approval note.");
        Field("at", x => x.CreatedAt).Description("When (UTC).");
    }
}
