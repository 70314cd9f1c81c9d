using System.Text.Json.Serialization;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// One component of a filled card. <see cref="Id"/> ("page-component", from 1) names it in click records.
/// <see cref="ImageUrl"/> and <see cref="Href"/> are the page's own paths (the image, the counted button click);
/// <see cref="Url"/>, <see cref="PhoneNumber"/> and <see cref="Deeplink"/> are where a button leads with the
/// recipient's values in. A button whose values made no valid link has neither a target nor an <see cref="Href"/>.
/// </summary>
public sealed record FilledCardComponent(
    string Id,
    SmartComponentType Type,
    string? Text,
    string? ImageUrl,
    CardButtonAction? Action,
    string? Url,
    string? PhoneNumber,
    string? Deeplink,
    string? Href,
    [property: JsonIgnore] Guid? ImageFileId)
{
    /// <summary>Where the button leads: its https URL, <c>tel:</c> its number, or its quick app's deeplink; null for no button or no valid link.</summary>
    [JsonIgnore]
    public string? Target => Href is null ? null : Action switch
    {
        CardButtonAction.OpenUrl => Url,
        CardButtonAction.Call => "tel:" + PhoneNumber,
        CardButtonAction.OpenQuickApp => Deeplink,
        _ => null,
    };
}
