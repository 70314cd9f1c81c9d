namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>A validated click event, ready to store: the visitor is already hashed, the time is UTC.</summary>
public sealed record ClickEvent(ClickTarget Target, string Name, string VisitorHash, DateTime At);
