using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReviewSubject() : ReviewSubject<ServiceNumber>(
    kind: "ServiceNumber", graphTypeName: "ServiceNumber", description: "A service number (服务号).");
