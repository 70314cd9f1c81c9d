using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingReviewSubject() : ReviewSubject<Filing>(
    kind: "Filing", graphTypeName: "Filing", description: "A filing (企业备案).")
{
    /// <summary>Filings are reviewed within 3 working days [console].</summary>
    public override ReviewSla Sla => ReviewSla.WorkingDays(3);
}
