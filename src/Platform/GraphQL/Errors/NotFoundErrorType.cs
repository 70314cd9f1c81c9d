using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class NotFoundErrorType : ErrorObjectType<NotFoundError>
{
    public NotFoundErrorType() : base("A referenced object does not exist (or is not visible to the caller).")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field that held the reference.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ID that was not found.").Resolve(c => c.Source.Id);
    }
}
