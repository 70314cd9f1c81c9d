using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class ConflictErrorType : ErrorObjectType<ConflictError>
{
    public ConflictErrorType() : base("A uniqueness rule or a concurrent change prevented the mutation.")
    {
        Field(x => x.Field).Description("The input field that conflicts, when one does.");
    }
}
