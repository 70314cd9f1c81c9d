namespace KooMessage.Platform.Features.SendTasks;

public enum RecipientChannel
{
    Smart,
    PlainSms,
    BasicEdition,

    /// <summary>Not sent: invalid, or unresolvable with fallback NONE.</summary>
    Skipped,
}
