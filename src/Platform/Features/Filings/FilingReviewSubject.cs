using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingReviewSubject() : ReviewSubject<Filing>(
    kind: "Filing", graphTypeName: "Filing", description: "A filing (企业备案).");
