using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class LimitExceededErrorType : ErrorObjectType<LimitExceededError>
{
    public LimitExceededErrorType() : base("A count limit would be exceeded.")
    {
        Field(x => x.Limit).Description("The limit in force.");
    }
}
