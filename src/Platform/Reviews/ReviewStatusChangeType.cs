using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Reviews;

/// <summary>What a <c>reviewStatusChanged</c> subscriber receives: the transition and the changed item itself.</summary>
public sealed class ReviewStatusChangeType : ObjectGraphType<ReviewStatusChanged>
{
    public ReviewStatusChangeType()
    {
        Name = "ReviewStatusChange";
        Description = "A review transition, with the item as it is now.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Global ID of the item.")
            .Resolve(c => c.Service<ReviewSubjects>().GlobalIdOf(c.Source.SubjectKind, c.Source.SubjectId));
        Field<NonNullGraphType<ReviewSubjectKindType>>("kind").Description("What kind of item.").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<ReviewStatusType>>("from").Description("State before.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ReviewStatusType>>("to").Description("State after.").Resolve(c => c.Source.To);
        Field<StringGraphType>("reason").Description("Rejection reason or approval note.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("Who made the transition.").Resolve(c => c.Source.ActorName);
        Field<RoleType>("actorRole").Description("The actor's role.").Resolve(c => c.Source.ActorRole);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(c => c.Source.At);
        Field<TenantType>("tenant").Description("The item's tenant.")
            .Resolve(c => c.Source.TenantId is { } id ? EntityLoaders.ById<Tenant>(c).Load(id) : null);
        Field<ReviewableInterface>("subject").Description("The item as it is now.")
            .Resolve(c => ReviewLoaders.Subject(c, c.Source.SubjectKind).Load(c.Source.SubjectId));
    }
}
