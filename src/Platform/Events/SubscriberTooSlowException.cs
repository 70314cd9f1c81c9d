namespace KooMessage.Platform.Events;

/// <summary>Ends a subscription whose consumer fell further behind than its buffer allows.</summary>
public sealed class SubscriberTooSlowException(string topic, int buffer)
    : Exception($"The subscriber to '{topic}' fell more than {buffer} events behind and was dropped.");
