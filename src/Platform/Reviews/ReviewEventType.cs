using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

public sealed class ReviewEventType : NodeObjectType<ReviewEvent>
{
    public ReviewEventType() : base("ReviewEvent", "One transition of a reviewable item: the audit trail.")
    {
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Global ID of the item.")
            .Resolve(c => c.Service<ReviewSubjects>().GlobalIdOf(c.Source.SubjectKind, c.Source.SubjectId));
        Field<NonNullGraphType<ReviewSubjectKindType>>("subjectKind").Description("What kind of item.").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<ReviewStatusType>>("from").Description("State before.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReviewStatusType>>("to").Description("State after.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("Who made the transition (key name or token subject).").Resolve(c => c.Source.ActorName);
        Field<RoleType>("actorRole").Description("The actor's role.").Resolve(c => c.Source.ActorRole);
        Field<StringGraphType>("reason").Description("Rejection reason or approval note.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(c => c.Source.CreatedAt);
    }
}
