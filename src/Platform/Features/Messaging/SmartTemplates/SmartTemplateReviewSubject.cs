using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateReviewSubject() : ReviewSubject<SmartTemplate>(
    kind: "SmartTemplate", graphTypeName: "SmartTemplate", description: "A smart-message template (智能信息模板).")
{
    /// <summary>Signatures and templates are reviewed within 2 working hours [console].</summary>
    public override ReviewSla Sla => ReviewSla.WorkingHours(2);
}
