using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("Whether phones show a service number: NOT_EFFECTIVE 未生效 (in review, or approved and waiting for the activation delay), EFFECTIVE 已生效, FROZEN 已冻结 (by the tenant; unfrozen through review).")]
public enum ServiceNumberStatus
{
    [Description("Not effective (未生效): in review, or approved and waiting for the activation delay (the console's \"within 24 h\").")]
    NotEffective,

    [Description("Effective (已生效): phones show it.")]
    Effective,

    [Description("Frozen (已冻结) by the tenant with a reason; only a reviewed unfreeze request lifts it.")]
    Frozen,
}
