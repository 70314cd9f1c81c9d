using System.ComponentModel;
using GraphQL;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

[Description("Restricts statistics to some tasks, apps, signatures, templates, service numbers, channels or task kinds; each list given must match (an empty or absent list matches all).")]
public sealed record MessageStatisticsFilterInput
{
    [Id, Description("Send tasks.")] public List<string>? TaskIds { get; init; }

    [Id, Description("SMS applications.")] public List<string>? AppIds { get; init; }

    [Id, Description("Signatures.")] public List<string>? SignatureIds { get; init; }

    [Id, Description("SMS templates.")] public List<string>? SmsTemplateIds { get; init; }

    [Id, Description("Smart templates.")] public List<string>? SmartTemplateIds { get; init; }

    [Id, Description("Video templates.")] public List<string>? VideoTemplateIds { get; init; }

    [Id, Description("Service numbers the recipients were sent under.")] public List<string>? ServiceNumberIds { get; init; }

    [Description("Channels.")] public List<RecipientChannel>? Channels { get; init; }

    [Description("Task kinds.")] public List<SendTaskKind>? Kinds { get; init; }
}
