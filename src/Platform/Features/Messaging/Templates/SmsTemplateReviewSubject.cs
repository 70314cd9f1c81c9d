using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateReviewSubject() : ReviewSubject<SmsTemplate>(
    kind: "SmsTemplate", graphTypeName: "SmsTemplate", description: "An SMS template (短消息模板).")
{
    /// <summary>Signatures and templates are reviewed within 2 working hours [console].</summary>
    public override ReviewSla Sla => ReviewSla.WorkingHours(2);
}
