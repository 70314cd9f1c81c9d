using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class PreconditionFailedErrorType : ErrorObjectType<PreconditionFailedError>
{
    public PreconditionFailedErrorType() : base("Something else must happen first.")
    {
        Field(x => x.Precondition).Description("What is missing, e.g. `APPROVED_SMART_MESSAGE_FILING`.");
    }
}
