namespace KooMessage.Platform.Events;

/// <summary>Configuration section "Events".</summary>
public sealed class EventBusOptions
{
    public const string Section = "Events";

    /// <summary>Events buffered per subscriber; a subscriber further behind than this is dropped with an error.</summary>
    public int SubscriberBufferSize { get; set; } = 256;
}
