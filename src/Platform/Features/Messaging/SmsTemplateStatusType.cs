using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateStatusType : EnumerationGraphType<SmsTemplateStatus>
{
    public SmsTemplateStatusType()
    {
        Name = nameof(SmsTemplateStatus);
        Description = "DRAFT, PENDING (待审核), REJECTED, ACTIVE (审核通过-激活) or INACTIVE (deactivated by a reviewer).";
    }
}
