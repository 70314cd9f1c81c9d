using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("PERSONALIZED (个性化): one short link per recipient.")]
public enum ShortLinkType
{
    [Description("One short link per recipient (个性化).")]
    Personalized,
}
