using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureReviewSubject() : ReviewSubject<SmsSignature>(ReviewSubjectKind.SmsSignature, "SmsSignature");
