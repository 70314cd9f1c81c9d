using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ChannelNumberReviewSubject() : ReviewSubject<ChannelNumber>(ReviewSubjectKind.ChannelNumber, "ChannelNumber");
