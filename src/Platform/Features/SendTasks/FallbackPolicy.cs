namespace KooMessage.Platform.Features.SendTasks;

/// <summary>What numbers that cannot render the card receive.</summary>
public enum FallbackPolicy
{
    /// <summary>不发送.</summary>
    None,

    /// <summary>降级为普通短信: the template text with the link.</summary>
    PlainSms,

    /// <summary>发送智能信息基础版: the template text without the card.</summary>
    BasicEdition,
}
