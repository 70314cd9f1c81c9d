using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class LimitExceededErrorType : ErrorObjectType<LimitExceededError>
{
    public LimitExceededErrorType() : base("A count limit would be exceeded.")
    {
        Field<NonNullGraphType<IntGraphType>>("limit").Description("The limit in force.").Resolve(c => c.Source.Limit);
    }
}
