using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuReviewSubject() : ReviewSubject<ServiceNumberMenu>(ReviewSubjectKind.ServiceNumberMenu, "ServiceNumberMenu");
