namespace KooMessage.Platform.Features.Messaging;

/// <summary>Configuration section "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>SMS apps per tenant (console: at most 2).</summary>
    public int MaxSmsAppsPerTenant { get; set; } = 2;

    /// <summary>Longest SMS template content (console: 20000).</summary>
    public int MaxTemplateContentLength { get; set; } = 20000;
}
