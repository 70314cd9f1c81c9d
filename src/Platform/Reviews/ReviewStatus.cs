namespace KooMessage.Platform.Reviews;

/// <summary>The shared review state machine (DOMAIN.md "The review workflow").</summary>
public enum ReviewStatus
{
    /// <summary>Being prepared by the tenant; not yet submitted.</summary>
    Draft,

    /// <summary>Submitted, waiting for a reviewer (待审核).</summary>
    Pending,

    /// <summary>Approved by a reviewer (审核通过 / 处理完毕).</summary>
    Approved,

    /// <summary>Rejected with a reason; the tenant may edit and submit again.</summary>
    Rejected,
}
