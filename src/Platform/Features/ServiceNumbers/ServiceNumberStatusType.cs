using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberStatusType : EnumerationGraphType<ServiceNumberStatus>
{
    public ServiceNumberStatusType()
    {
        Name = nameof(ServiceNumberStatus);
        Description = "Whether phones show a service number: NOT_EFFECTIVE 未生效 (in review, or approved and waiting for the activation delay), "
            + "EFFECTIVE 已生效, FROZEN 已冻结 (by the tenant; unfrozen through review).";
    }
}
