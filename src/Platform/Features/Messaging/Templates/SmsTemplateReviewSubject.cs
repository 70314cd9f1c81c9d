using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsTemplateReviewSubject() : ReviewSubject<SmsTemplate>(
    kind: "SmsTemplate", graphTypeName: "SmsTemplate", description: "An SMS template (短消息模板).");
