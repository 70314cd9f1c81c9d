using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KooMessage.Client.Runtime.Serialization;

/// <summary>
/// Writes <c>{"query", "operationName", "variables"}</c> (or <c>"documentId"</c> in place of the query) with Utf8JsonWriter, walking the variable
/// values without reflection. Each <see cref="Upload"/> is written as null and recorded with its
/// path, so the transport can switch to a multipart request.
/// </summary>
internal static class RequestWriter
{
    public static RequestBody Write(OperationRequest request, bool sendDocumentId = false)
    {
        var files = new Dictionary<Upload, List<string>>(ReferenceEqualityComparer.Instance);
        var order = new List<Upload>();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (sendDocumentId)
            {
                writer.WriteString("documentId", DocumentIds.Of(request.Document));
            }
            else
            {
                writer.WriteString("query", request.Document);
            }

            writer.WriteString("operationName", request.OperationName);
            writer.WritePropertyName("variables");
            writer.WriteStartObject();
            foreach (var (name, value) in request.Variables)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value, "variables." + name, files, order);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new RequestBody(buffer.ToArray(), order.Select(u => (u, (IReadOnlyList<string>)files[u])).ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string path, Dictionary<Upload, List<string>> files, List<Upload> order)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Upload upload:
                if (!files.TryGetValue(upload, out var paths))
                {
                    files[upload] = paths = [];
                    order.Add(upload);
                }

                paths.Add(path);
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
                break;
            case JsonElement json:
                json.WriteTo(writer);
                break;
            case IInputObject input:
                WriteObject(writer, input.GetFieldValues(), path, files, order);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(writer, map, path, files, order);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, path + "." + index.ToString(CultureInfo.InvariantCulture), files, order);
                    index++;
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"Variable '{path}' holds a {value.GetType().Name}, which the client cannot send; use the generated input, enum and scalar types.");
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> fields, string path, Dictionary<Upload, List<string>> files, List<Upload> order)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value, path + "." + name, files, order);
        }

        writer.WriteEndObject();
    }
}
