using GraphQL.Types;

namespace KooMessage.Platform.Features.Enterprise;

public sealed class EnterpriseTypeType : EnumerationGraphType<EnterpriseType>
{
    public EnterpriseTypeType()
    {
        Name = nameof(EnterpriseType);
        Description = "Kind of enterprise (企业类型).";
    }
}
