using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("DRAFT, PENDING (待审核), REJECTED, ACTIVE (审核通过-激活) or INACTIVE (deactivated by a reviewer).")]
public enum SmsTemplateStatus
{
    [Description("Being prepared; not yet submitted.")]
    Draft,

    [Description("Submitted, waiting for a reviewer (待审核).")]
    Pending,

    [Description("Rejected with a reason; the tenant may edit and submit again.")]
    Rejected,

    [Description("Approved and usable (审核通过-激活).")]
    Active,

    [Description("Deactivated by a reviewer; a reviewer may activate it again.")]
    Inactive,
}
