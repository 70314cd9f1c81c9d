namespace KooMessage.Platform.Features.SendTasks;

/// <summary>短链类型: personalised links only (one per recipient) [console].</summary>
public enum ShortLinkType
{
    Personalized,
}
