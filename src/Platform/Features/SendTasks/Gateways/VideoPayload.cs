using System.Globalization;
using System.Text.Json;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// The JSON shape of a VIDEO message's content, as the Webhook gateway posts it and the Sandbox records it:
/// <c>{ templateId, title, parameters: { "p_1": "…" }, media: [{ frame, kind, text | fileId, contentType, size, sha256 }] }</c>.
/// </summary>
public static class VideoPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static object? Of(VideoContent? video) => video is null ? null : new
    {
        templateId = video.TemplateId,
        title = video.Title,
        parameters = video.Parameters.OrderBy(p => p.Key).ToDictionary(p => "p_" + p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value),
        media = video.Media,
    };

    public static string? Serialize(VideoContent? video) => video is null ? null : JsonSerializer.Serialize(Of(video), Json);
}
