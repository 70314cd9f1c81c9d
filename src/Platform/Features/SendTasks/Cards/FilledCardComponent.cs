using System.Text.Json.Serialization;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// One component of a filled card. <see cref="Id"/> ("page-component", from 1) names it in click records.
/// <see cref="ImageUrl"/> and <see cref="Href"/> are the page's own paths (the image, the counted button
/// click); <see cref="Url"/> is where a button leads.
/// </summary>
public sealed record FilledCardComponent(
    string Id,
    SmartComponentType Type,
    string? Text,
    string? ImageUrl,
    string? Url,
    string? Href,
    [property: JsonIgnore] Guid? ImageFileId);
