using GraphQL.Types;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class NotFoundErrorType : ErrorObjectType<NotFoundError>
{
    public NotFoundErrorType() : base("A referenced object does not exist (or is not visible to the caller).")
    {
        Field(x => x.Field).Description("The input field that held the reference.");
        Field(x => x.Id, typeof(NonNullGraphType<IdGraphType>)).Description("The ID that was not found.");
    }
}
