namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>One event of a <see cref="ClickEventBatch"/>; checked by <see cref="ClickEventRules"/>.</summary>
public sealed class ClickEventInput
{
    /// <summary>MENU, HOMEPAGE, HOTLINE or QUICK_APP.</summary>
    public string? Target { get; set; }

    public string? Name { get; set; }

    /// <summary>A stable pseudonymous identifier of the phone or user; only its hash is stored.</summary>
    public string? Visitor { get; set; }

    public DateTimeOffset? At { get; set; }
}
