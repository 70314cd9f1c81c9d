namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskInput
{
    public string Name { get; set; } = string.Empty;

    public string? IdempotencyKey { get; set; }

    public string SmartTemplateId { get; set; } = string.Empty;

    public ShortLinkType ShortLinkType { get; set; } = ShortLinkType.Personalized;

    public string? Domain { get; set; }

    public int LinkValidityDays { get; set; } = SendTaskRules.ValidityMax;

    public string SmsAppId { get; set; } = string.Empty;

    public string SignatureId { get; set; } = string.Empty;

    public string SmsTemplateId { get; set; } = string.Empty;

    public SendMode SendMode { get; set; }

    public DateTime? ScheduledAt { get; set; }

    public bool Trial { get; set; }

    public NumberSource NumberSource { get; set; }

    public List<string>? Numbers { get; set; }

    public string? NumberFileId { get; set; }

    public FallbackPolicy Fallback { get; set; }
}

public sealed class CancelSendTaskInput
{
    public string Id { get; set; } = string.Empty;
}
