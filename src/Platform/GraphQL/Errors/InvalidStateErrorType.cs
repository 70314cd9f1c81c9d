using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class InvalidStateErrorType : ErrorObjectType<InvalidStateError>
{
    public InvalidStateErrorType() : base("The object's current state does not allow this action.")
    {
        Field(x => x.State).Description("The state the object is in.");
    }
}
