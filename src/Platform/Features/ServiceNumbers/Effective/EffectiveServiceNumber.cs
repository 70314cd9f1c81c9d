namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The answer of <c>effectiveServiceNumber</c>: what a phone shows and which binding decided it.</summary>
public sealed record EffectiveServiceNumber(
    ServiceNumber ServiceNumber,
    ChannelNumber ChannelNumber,
    ChannelNumberBinding Binding,
    bool BySignatureAuthorization);
