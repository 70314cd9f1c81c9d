namespace KooMessage.Platform.Features.Messaging;

public enum SmsAppStatus
{
    Active,

    /// <summary>Suspended by a reviewer: nothing is sent through it until resumed.</summary>
    Suspended,
}
