using GraphQL.Types;

namespace KooMessage.Platform.Reviews;

public sealed class ApproveInputType : InputObjectGraphType<ApproveInput>
{
    public ApproveInputType()
    {
        Name = "ApproveInput";
        Field(x => x.SubjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The reviewable item (any kind).");
        Field(x => x.Note, nullable: true).Description("Optional note for the tenant, up to 500 characters.");
    }
}

public sealed class RejectInputType : InputObjectGraphType<RejectInput>
{
    public RejectInputType()
    {
        Name = "RejectInput";
        Field(x => x.SubjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The reviewable item (any kind).");
        Field(x => x.Reason).Description("Why, 1–500 characters; the tenant sees it.");
    }
}
