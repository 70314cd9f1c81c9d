using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed record VideoResourceInput
{
    [Description("What it is.")] public required VideoResourceKind Kind { get; init; }

    [Description("TEXT: up to 2000 characters with placeholders #p_1#…#p_100# (or give an uploaded txt as fileId).")] public string? Text { get; init; }

    [Id, Description("IMAGE/AUDIO/VIDEO (or TEXT from a txt): an uploaded VIDEO_SMS_RESOURCE file of the tenant.")] public string? FileId { get; init; }
}
