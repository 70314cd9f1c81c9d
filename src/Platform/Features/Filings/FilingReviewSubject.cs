using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingReviewSubject() : ReviewSubject<Filing>(ReviewSubjectKind.Filing, "Filing");
