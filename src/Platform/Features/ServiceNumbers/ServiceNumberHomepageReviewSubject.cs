using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberHomepageReviewSubject() : ReviewSubject<ServiceNumberHomepage>(ReviewSubjectKind.ServiceNumberHomepage, "ServiceNumberHomepage");
