using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class LimitExceededErrorType : ErrorObjectType<LimitExceededError>
{
    public LimitExceededErrorType() : base("A count limit would be exceeded.")
    {
        Field(x => x.Limit).Description("The limit in force.");
        Field(x => x.Remaining, nullable: true).Description("For a balance (套餐包 quotas): the units left; null for other limits.");
        Field(x => x.Needed, nullable: true).Description("For a balance (套餐包 quotas): the units the request needed; null for other limits.");
    }
}
