using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.Files;
using KooMessage.Platform.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Transport;

/// <summary>
/// The GraphQL multipart request spec: parts <c>operations</c> (the JSON request), <c>map</c>
/// (file part name → variable paths), then the files. Each file is streamed to a temporary file
/// with a hard size cap — an oversized body is refused after the cap, never buffered whole — and
/// placed into the variables as an <see cref="UploadedFile"/>.
/// </summary>
public sealed class GraphQLMultipartReader(IGraphQLTextSerializer serializer, IOptions<FilesOptions> files, IOptions<GraphQLLimits> limits)
{
    /// <summary>Browsers cannot send this header cross-site without a CORS preflight, which blocks form-post CSRF.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    public async Task<GraphQLRequestRead> ReadAsync(HttpContext context, MediaTypeHeaderValue contentType)
    {
        if (!context.Request.Headers.ContainsKey(PreflightHeader))
            return GraphQLRequestRead.Fail(StatusCodes.Status400BadRequest, "PREFLIGHT_REQUIRED",
                $"Multipart requests must carry the header '{PreflightHeader}: 1' (protection against cross-site form posts).");
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return GraphQLRequestRead.BadRequest("The multipart request has no boundary.");

        var reader = new MultipartReader(boundary, context.Request.Body);
        var options = files.Value;
        try
        {
            var operations = await ReadFieldAsync(reader, "operations", context.RequestAborted);
            if (operations.Error is not null)
                return operations.Error;
            var map = await ReadFieldAsync(reader, "map", context.RequestAborted);
            if (map.Error is not null)
                return map.Error;

            var request = ParseOperations(operations.Text!);
            var paths = JsonSerializer.Deserialize<Dictionary<string, string[]>>(map.Text!)
                ?? throw new JsonException("'map' must be an object.");
            if (paths.Count > options.MaxFilesPerRequest)
                return GraphQLRequestRead.BadRequest($"At most {options.MaxFilesPerRequest} files can be sent in one request.");

            var uploads = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition?.Name.Value;
                if (name is null || !paths.ContainsKey(name) || uploads.ContainsKey(name) || disposition?.IsFileDisposition() != true)
                    return GraphQLRequestRead.BadRequest($"Unexpected multipart part '{name}': every file part must be named in 'map', once.");
                var upload = await UploadedFile.SpoolAsync(section.Body, disposition.FileNameStar.Value ?? disposition.FileName.Value ?? name,
                    section.ContentType, options.MaxUploadBytes, context.RequestAborted);
                if (upload is null)
                    return GraphQLRequestRead.TooLarge(options.MaxUploadBytes, $"The file '{name}'");
                context.Response.RegisterForDisposeAsync(upload);
                uploads[name] = upload;
            }

            var missing = paths.Keys.FirstOrDefault(k => !uploads.ContainsKey(k));
            if (missing is not null)
                return GraphQLRequestRead.BadRequest($"The file '{missing}' listed in 'map' was not sent.");

            object? variables = request.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(request.Variables);
            foreach (var (name, targets) in paths)
            {
                foreach (var target in targets)
                {
                    var segments = target.Split('.');
                    if (segments.Length < 2 || segments[0] != "variables")
                        return GraphQLRequestRead.BadRequest($"Map path '{target}' must start with 'variables.'.");
                    variables = Place(variables, segments.AsSpan(1), uploads[name], target);
                }
            }
            request.Variables = new Inputs((IDictionary<string, object?>)variables!);
            return GraphQLRequestRead.Ok(request).RequireQuery();
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or IOException or InvalidDataException)
        {
            return GraphQLRequestRead.BadRequest($"The multipart request is malformed: {ex.Message}");
        }
    }

    private async Task<(string? Text, GraphQLRequestRead? Error)> ReadFieldAsync(MultipartReader reader, string expected, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section?.GetContentDispositionHeader()?.Name.Value != expected)
            return (null, GraphQLRequestRead.BadRequest($"The multipart request must start with the parts 'operations' and 'map', in that order (missing '{expected}')."));
        var maxBytes = limits.Value.MaxRequestBytes;
        var body = await BoundedBody.ReadAsync(section.Body, maxBytes, cancellationToken);
        if (body is null)
            return (null, GraphQLRequestRead.TooLarge(maxBytes, $"The '{expected}' part"));
        return (new StreamReader(body).ReadToEnd(), null);
    }

    private GraphQLRequest ParseOperations(string json)
    {
        if (json.TrimStart().StartsWith('['))
            throw new FormatException("batched operations are not supported.");
        return serializer.Deserialize<GraphQLRequest>(json) ?? throw new FormatException("'operations' must be a JSON object.");
    }

    /// <summary>Puts the upload at a path inside the variables; the spec has the client send null there.</summary>
    private static object Place(object? node, ReadOnlySpan<string> path, UploadedFile upload, string target)
    {
        if (path.IsEmpty)
            return node is null ? upload : throw new FormatException($"map path '{target}' must point at a null variable value.");
        switch (node)
        {
            case IDictionary<string, object?> map when map.ContainsKey(path[0]):
                var copy = new Dictionary<string, object?>(map);
                copy[path[0]] = Place(map[path[0]], path[1..], upload, target);
                return copy;
            case IEnumerable<object?> items when int.TryParse(path[0], out var index):
                var list = items.ToList();
                if (index < 0 || index >= list.Count)
                    throw new FormatException($"map path '{target}' points outside a list.");
                list[index] = Place(list[index], path[1..], upload, target);
                return list;
            default:
                throw new FormatException($"map path '{target}' does not exist in the variables.");
        }
    }
}
