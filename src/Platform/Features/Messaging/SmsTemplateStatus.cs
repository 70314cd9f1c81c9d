namespace KooMessage.Platform.Features.Messaging;

/// <summary>A template's life: review, then ACTIVE (审核通过-激活) ↔ INACTIVE by a reviewer.</summary>
public enum SmsTemplateStatus
{
    Draft,
    Pending,
    Rejected,
    Active,
    Inactive,
}
