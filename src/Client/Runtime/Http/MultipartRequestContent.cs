using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Client.Runtime.Serialization;

namespace KooMessage.Client.Runtime.Http;

/// <summary>
/// Builds a body per the GraphQL multipart request spec: an <c>operations</c> part (the request
/// with each upload as null), a <c>map</c> part (file key to variable paths), then one part per file.
/// </summary>
internal static class MultipartRequestContent
{
    public static MultipartFormDataContent Create(RequestBody body)
    {
        var content = new MultipartFormDataContent();
        var operations = new ByteArrayContent(body.Json);
        operations.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        content.Add(operations, "operations");

        var map = new StringContent(MapJson(body), Encoding.UTF8, "application/json");
        content.Add(map, "map");

        for (var i = 0; i < body.Files.Count; i++)
        {
            var upload = body.Files[i].Upload;
            var file = new StreamContent(upload.Content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.ContentType);
            content.Add(file, i.ToString(CultureInfo.InvariantCulture), upload.FileName);
        }

        return content;
    }

    private static string MapJson(RequestBody body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < body.Files.Count; i++)
            {
                writer.WriteStartArray(i.ToString(CultureInfo.InvariantCulture));
                foreach (var path in body.Files[i].Paths)
                {
                    writer.WriteStringValue(path);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
