using System.ComponentModel;

namespace KooMessage.Platform.Reviews;

[Description("Review state: DRAFT → PENDING (待审核) → APPROVED (审核通过) or REJECTED (驳回).")]
public enum ReviewStatus
{
    [Description("Being prepared by the tenant; not yet submitted.")]
    Draft,

    [Description("Submitted, waiting for a reviewer (待审核).")]
    Pending,

    [Description("Approved by a reviewer (审核通过 / 处理完毕).")]
    Approved,

    [Description("Rejected with a reason (驳回); the tenant may edit and submit again.")]
    Rejected,
}
