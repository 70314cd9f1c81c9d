using GraphQL.Types;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaBalanceType : ObjectGraphType<QuotaBalance>
{
    public QuotaBalanceType()
    {
        Name = "QuotaBalance";
        Description = "The tenant's balance (余量) of one product over its usable packages (in force, valid now).";
        Field(x => x.Product).Description("The product.");
        Field(x => x.Granted).Description("Units the usable packages granted.");
        Field(x => x.Reserved).Description("Units tasks hold and have not sent yet.");
        Field(x => x.Consumed).Description("Units consumed by sent messages.");
        Field(x => x.Remaining).Description("Units new tasks may reserve: granted − reserved − consumed.");
    }
}
