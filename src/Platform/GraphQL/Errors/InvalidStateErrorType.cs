using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class InvalidStateErrorType : ErrorObjectType<InvalidStateError>
{
    public InvalidStateErrorType() : base("The object's current state does not allow this action.")
    {
        Field<NonNullGraphType<StringGraphType>>("state").Description("The state the object is in.").Resolve(c => c.Source.State);
    }
}
