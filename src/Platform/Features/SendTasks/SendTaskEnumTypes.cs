using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendModeType : EnumerationGraphType<SendMode>
{
    public SendModeType()
    {
        Name = nameof(SendMode);
        Description = "IMMEDIATE (立即发送) or SCHEDULED (定时发送).";
    }
}

public sealed class SendTaskStatusType : EnumerationGraphType<SendTaskStatus>
{
    public SendTaskStatusType()
    {
        Name = nameof(SendTaskStatus);
        Description = "SCHEDULED → QUEUED → SENDING → COMPLETED | COMPLETED_WITH_FAILURES | FAILED; SCHEDULED/QUEUED → CANCELLED.";
    }
}

public sealed class FallbackPolicyType : EnumerationGraphType<FallbackPolicy>
{
    public FallbackPolicyType()
    {
        Name = nameof(FallbackPolicy);
        Description = "For numbers that cannot render the card: NONE (不发送), PLAIN_SMS (降级为普通短信), BASIC_EDITION (发送智能信息基础版).";
    }
}

public sealed class NumberSourceType : EnumerationGraphType<NumberSource>
{
    public NumberSourceType()
    {
        Name = nameof(NumberSource);
        Description = "MANUAL (1–10 numbers) or FILE (an uploaded NUMBER_FILE csv: phone[, var1..varN][, customUrl]).";
    }
}

public sealed class RecipientCapabilityType : EnumerationGraphType<RecipientCapability>
{
    public RecipientCapabilityType()
    {
        Name = nameof(RecipientCapability);
        Description = "RESOLVABLE (可解析), UNRESOLVABLE (不可解析) or INVALID (无效).";
    }
}

public sealed class RecipientChannelType : EnumerationGraphType<RecipientChannel>
{
    public RecipientChannelType()
    {
        Name = nameof(RecipientChannel);
        Description = "How a recipient is reached: SMART card, PLAIN_SMS / BASIC_EDITION fallback, or SKIPPED.";
    }
}

public sealed class RecipientStateType : EnumerationGraphType<RecipientState>
{
    public RecipientStateType()
    {
        Name = nameof(RecipientState);
        Description = "PENDING → SUBMITTED → DELIVERED | FAILED | EXPIRED (no receipt within 72 h).";
    }
}

public sealed class ShortLinkTypeType : EnumerationGraphType<ShortLinkType>
{
    public ShortLinkTypeType()
    {
        Name = nameof(ShortLinkType);
        Description = "PERSONALIZED (个性化): one short link per recipient.";
    }
}
