namespace KooMessage.Platform.Features.Filings;

/// <summary>What a SMART_MESSAGE filing covers (console: 发送任务 / 短链): at least one.</summary>
[Flags]
public enum SmartMessageUsage
{
    None = 0,

    /// <summary>Send tasks (发送任务).</summary>
    SendTask = 1,

    /// <summary>Short links (短链).</summary>
    ShortLink = 2,
}
