using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberHomepageReviewSubject() : ReviewSubject<ServiceNumberHomepage>(
    kind: "ServiceNumberHomepage", graphTypeName: "ServiceNumberHomepage", description: "A revision of a service number's homepage.");
