using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureReviewSubject() : ReviewSubject<SmsSignature>(
    kind: "SmsSignature", graphTypeName: "SmsSignature", description: "An SMS signature (短消息签名).")
{
    /// <summary>Signatures and templates are reviewed within 2 working hours [console].</summary>
    public override ReviewSla Sla => ReviewSla.WorkingHours(2);
}
