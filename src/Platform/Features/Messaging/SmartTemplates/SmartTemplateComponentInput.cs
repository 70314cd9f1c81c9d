using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

public sealed record SmartTemplateComponentInput
{
    [Description("What it shows.")] public required SmartComponentType Type { get; init; }

    [Description("TITLE/TEXT/BUTTON text; may use {{parameter}}.")] public string? Text { get; init; }

    [Id, Description("IMAGE: an uploaded IMAGE file.")] public string? ImageFileId { get; init; }

    [Description("BUTTON: what tapping it does; OPEN_URL when omitted.")] public CardButtonAction? Action { get; init; }

    [Description("BUTTON OPEN_URL: the https URL it opens; OPEN_QUICK_APP: the https page opened where the quick app cannot be. ≤1000 characters; {{parameter}} only after the host (values are percent-encoded).")]
    public string? Url { get; init; }

    [Description("BUTTON CALL: the number dialled, digits with at most one inner '-' (≤20); may be a {{parameter}}.")] public string? PhoneNumber { get; init; }

    [Description("BUTTON OPEN_QUICK_APP: the quick app's deeplink, hap://app/<package>[/path]; {{parameter}} only after the package (values are percent-encoded).")]
    public string? Deeplink { get; init; }

    /// <summary>The component this input describes, with its image resolved to a stored file (or none).</summary>
    public SmartTemplateComponent ToComponent(Guid? imageFileId) => new(
        Type, Text?.Trim(), imageFileId, Url?.Trim(),
        Type == SmartComponentType.Button ? Action ?? CardButtonAction.OpenUrl : Action, PhoneNumber?.Trim(), Deeplink?.Trim());
}
