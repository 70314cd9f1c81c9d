using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberReviewSubject() : ReviewSubject<ServiceNumber>(ReviewSubjectKind.ServiceNumber, "ServiceNumber");
