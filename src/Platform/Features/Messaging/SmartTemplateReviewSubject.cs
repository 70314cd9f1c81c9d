using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateReviewSubject() : ReviewSubject<SmartTemplate>(ReviewSubjectKind.SmartTemplate, "SmartTemplate");
