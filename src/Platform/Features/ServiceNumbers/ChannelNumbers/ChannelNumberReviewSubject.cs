using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberReviewSubject() : ReviewSubject<ChannelNumber>(
    kind: "ChannelNumber", graphTypeName: "ChannelNumber", description: "A channel number (通道号).");
