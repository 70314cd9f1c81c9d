using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>What creating and updating a video template share.</summary>
public abstract record VideoTemplateFields
{
    [Description("Up to 100 characters.")] public required string Name { get; init; }

    [Description("The title (主题) phones show: up to 20 characters, without 【】.")] public required string Title { get; init; }

    [Description("1–8 frames; all resources together at most 2 MB.")] public required List<VideoFrameInput> Frames { get; init; }

    [Description("Whether an image carries a QR code (二维码); sending it then needs VIDEO_SMS_COMMITMENT_LETTER_QR_CODE in the approved BASIC_EDITION filing. Default false.")]
    public bool? ContainsQrCode { get; init; }
}

public sealed record CreateVideoTemplateInput : VideoTemplateFields;

public sealed record UpdateVideoTemplateInput : VideoTemplateFields
{
    [Id, Description("The template: DRAFT or REJECTED is changed in place; APPROVED starts a revision while the approved one stays in use.")]
    public required string Id { get; init; }
}
