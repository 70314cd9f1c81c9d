using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateReviewSubject() : ReviewSubject<SmsTemplate>(ReviewSubjectKind.SmsTemplate, "SmsTemplate");
