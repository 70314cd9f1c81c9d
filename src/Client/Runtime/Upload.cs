namespace KooMessage.Client;

/// <summary>
/// A file for an <c>Upload</c> variable. Any variable holding one (also inside inputs and lists)
/// makes the request a GraphQL multipart request. The stream is read when the request is sent and
/// is not disposed by the client.
/// </summary>
public sealed class Upload
{
    public Upload(Stream content, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        Content = content;
        FileName = fileName;
        ContentType = contentType ?? "application/octet-stream";
    }

    public Stream Content { get; }

    public string FileName { get; }

    public string ContentType { get; }
}
