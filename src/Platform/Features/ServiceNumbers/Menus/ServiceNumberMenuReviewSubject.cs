using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuReviewSubject() : ReviewSubject<ServiceNumberMenu>(
    kind: "ServiceNumberMenu", graphTypeName: "ServiceNumberMenu", description: "A revision of a service number's menu.");
