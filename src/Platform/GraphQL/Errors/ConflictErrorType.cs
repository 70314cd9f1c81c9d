using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class ConflictErrorType : ErrorObjectType<ConflictError>
{
    public ConflictErrorType() : base("A uniqueness rule or a concurrent change prevented the mutation.")
    {
        Field<StringGraphType>("field").Description("The input field that conflicts, when one does.").Resolve(c => c.Source.Field);
    }
}
