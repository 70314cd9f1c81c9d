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
        Field("kind", x => x.SubjectKind, type: typeof(NonNullGraphType<ReviewSubjectKindType>)).Description("What kind of item.");
        Field(x => x.From).Description("State before.");
        Field(x => x.To).Description("State after.");
        Field(x => x.Reason).Description("Rejection reason or approval note.");
        Field(x => x.ActorName).Description("Who made the transition.");
        Field(x => x.ActorRole).Description("The actor's role.");
        Field(x => x.At).Description("When (UTC).");
        Field<TenantType>("tenant").Description("The item's tenant.")
            .Resolve(c => c.Source.TenantId is { } id ? EntityLoaders.ById<Tenant>(c).Load(id) : null);
        Field<ReviewableInterface>("subject").Description("The item as it is now.")
            .Resolve(c => ReviewLoaders.Subject(c, c.Source.SubjectKind).Load(c.Source.SubjectId));
    }
}
