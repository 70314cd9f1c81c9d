using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.Files;
using KooMessage.Platform.Http;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Transport;

/// <summary>
/// The GraphQL multipart request spec: parts <c>operations</c> (the JSON request), <c>map</c>
/// (file part name → variable paths), then the files. Each file is streamed to a spool file
/// (<see cref="FilesOptions.SpoolFolder"/>) with a hard size cap — an oversized body is refused after
/// the cap, never buffered whole — and placed into the variables as an <see cref="UploadedFile"/>.
/// Spool files belong to the request and are deleted when it ends, however it ends; the bytes
/// they may take are reserved against the <see cref="SpoolBudget"/> first.
/// </summary>
public sealed class GraphQLMultipartReader(IGraphQLTextSerializer serializer, IOptions<FilesOptions> files, IOptions<GraphQLLimits> limits,
    SpoolBudget spoolBudget)
{
    /// <summary>Browsers cannot send this header cross-site without a CORS preflight, which blocks form-post CSRF.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    /// <summary>Boundary and headers of one part, at most: the multipart reader refuses longer part headers (16 KB).</summary>
    private const long PartOverheadBytes = 20 * 1024;

    public async Task<GraphQLRequestRead> ReadAsync(HttpContext context, MediaTypeHeaderValue contentType)
    {
        if (!context.Request.Headers.ContainsKey(PreflightHeader))
            return GraphQLRequestRead.Fail(StatusCodes.Status400BadRequest, "PREFLIGHT_REQUIRED",
                $"Multipart requests must carry the header '{PreflightHeader}: 1' (protection against cross-site form posts).");
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return GraphQLRequestRead.BadRequest("The multipart request has no boundary.");

        var options = files.Value;
        AllowBodyOf(context, options);
        var reader = new MultipartReader(boundary, context.Request.Body);
        var reservation = spoolBudget.Open(SpoolPrincipal(context));
        context.Response.RegisterForDispose(reservation);
        try
        {
            // An announced length is reserved before any byte is read: a refusal costs no disk.
            reservation.Reserve(context.Request.ContentLength ?? 0);
            var operations = await ReadFieldAsync(reader, "operations", context.RequestAborted);
            if (operations.Error is not null)
                return operations.Error;
            var map = await ReadFieldAsync(reader, "map", context.RequestAborted);
            if (map.Error is not null)
                return map.Error;

            var request = ParseOperations(operations.Text!);
            var paths = JsonSerializer.Deserialize<Dictionary<string, string[]>>(map.Text!);
            if (paths is null || paths.Values.Any(targets => targets is null || targets.Any(t => t is null)))
                return GraphQLRequestRead.BadRequest("'map' must be an object of file part names to arrays of variable paths.");
            if (paths.Count > options.MaxFilesPerRequest)
                return GraphQLRequestRead.BadRequest($"At most {options.MaxFilesPerRequest} files can be sent in one request.");

            var uploads = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition?.Name.Value;
                if (name is null || !paths.ContainsKey(name) || uploads.ContainsKey(name) || disposition?.IsFileDisposition() != true)
                    return GraphQLRequestRead.BadRequest($"Unexpected multipart part '{name}': every file part must be named in 'map', once.");
                var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? name;
                var upload = await UploadedFile.SpoolAsync(section.Body, fileName, section.ContentType, options.MaxUploadBytes,
                    options.SpoolFolder, reservation, context.RequestAborted);
                if (upload is null)
                    return GraphQLRequestRead.TooLarge(options.MaxUploadBytes, $"The file '{name}'");
                context.Response.RegisterForDisposeAsync(upload);
                uploads[name] = upload;
            }

            var missing = paths.Keys.FirstOrDefault(k => !uploads.ContainsKey(k));
            if (missing is not null)
                return GraphQLRequestRead.BadRequest($"The file '{missing}' listed in 'map' was not sent.");

            var variables = request.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(request.Variables);
            foreach (var (name, targets) in paths)
            {
                foreach (var target in targets)
                {
                    var segments = target.Split('.');
                    if (segments.Length < 2 || segments[0] != "variables")
                        return GraphQLRequestRead.BadRequest($"Map path '{target}' must start with 'variables.'.");
                    Place(variables, segments.AsSpan(1), uploads[name], target);
                }
            }
            request.Variables = new Inputs(variables);
            return GraphQLRequestRead.Ok(request).RequireQuery();
        }
        catch (SpoolBudgetExceededException ex)
        {
            if (ex.RetryAfter is { } retryAfter)
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return GraphQLRequestRead.Fail(ex.Status, ex.Code, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return GraphQLRequestRead.TooLarge(MaxBodyBytes(options));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or IOException or InvalidDataException)
        {
            return GraphQLRequestRead.BadRequest($"The multipart request is malformed: {ex.Message}");
        }
    }

    /// <summary>Whose share of the spool budget a request uses: its API key, else its token's subject, else its address.</summary>
    private static string SpoolPrincipal(HttpContext context)
    {
        var viewer = context.RequestServices.GetRequiredService<Viewer>();
        if (viewer.ApiKeyId is { } keyId)
            return "key:" + keyId.ToString("N");
        var subject = viewer.IsAuthenticated ? viewer.Principal.FindFirst(ClaimTypes.NameIdentifier) ?? viewer.Principal.FindFirst("sub") : null;
        if (subject is not null)
            return "subject:" + subject.Value;
        return "address:" + context.Connection.RemoteIpAddress;
    }

    /// <summary>
    /// Kestrel's own body limit (30 MB by default) would cut off a number file the Files limits allow;
    /// each part is capped as it is read, so the whole body may be as large as its parts may add up to.
    /// </summary>
    private void AllowBodyOf(HttpContext context, FilesOptions options)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes(options);
    }

    /// <summary>Operations and map, every file at the largest size, and the part headers around them.</summary>
    private long MaxBodyBytes(FilesOptions options)
        => 2 * limits.Value.MaxRequestBytes + options.MaxFilesPerRequest * (options.MaxUploadBytes + PartOverheadBytes);

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

    /// <summary>
    /// Puts the upload at a path inside the variables, where the spec has the client send null. The
    /// variables are fresh from the JSON reader, so they are changed in place: copying a list per path
    /// would make a map of many paths into one long list cost its square.
    /// </summary>
    private static void Place(IDictionary<string, object?> variables, ReadOnlySpan<string> path, UploadedFile upload, string target)
    {
        object? parent = variables;
        foreach (var key in path[..^1])
            parent = Get(parent, key, target);
        if (Get(parent, path[^1], target) is not null)
            throw new FormatException($"map path '{target}' must point at a null variable value (each one is filled by one file).");
        if (parent is IDictionary<string, object?> map)
            map[path[^1]] = upload;
        else
            ((IList<object?>)parent!)[int.Parse(path[^1], CultureInfo.InvariantCulture)] = upload;
    }

    private static object? Get(object? parent, string key, string target) => parent switch
    {
        IDictionary<string, object?> map when map.TryGetValue(key, out var value) => value,
        IList<object?> list when int.TryParse(key, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < list.Count => list[index],
        _ => throw new FormatException($"map path '{target}' does not exist in the variables."),
    };
}
