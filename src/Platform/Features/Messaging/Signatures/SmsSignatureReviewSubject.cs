using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureReviewSubject() : ReviewSubject<SmsSignature>(
    kind: "SmsSignature", graphTypeName: "SmsSignature", description: "An SMS signature (短消息签名).");
