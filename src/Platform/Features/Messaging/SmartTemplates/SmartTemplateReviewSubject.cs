using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateReviewSubject() : ReviewSubject<SmartTemplate>(
    kind: "SmartTemplate", graphTypeName: "SmartTemplate", description: "A smart-message template (智能信息模板).");
