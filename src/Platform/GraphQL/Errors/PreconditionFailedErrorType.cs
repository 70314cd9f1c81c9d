using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class PreconditionFailedErrorType : ErrorObjectType<PreconditionFailedError>
{
    public PreconditionFailedErrorType() : base("Something else must happen first.")
    {
        Field<NonNullGraphType<StringGraphType>>("precondition").Description("What is missing, e.g. `APPROVED_SMART_MESSAGE_FILING`.").Resolve(c => c.Source.Precondition);
    }
}
