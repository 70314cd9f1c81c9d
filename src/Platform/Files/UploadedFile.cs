using System.Security.Cryptography;
using GraphQL;

namespace KooMessage.Platform.Files;

/// <summary>
/// A file part of a multipart GraphQL request (the value of an <c>Upload</c> variable), spooled to
/// a temporary file while its size, SHA-256 and first bytes are taken. Nothing is stored until a
/// mutation accepts it; the temporary file is deleted when the request ends. An input property of this
/// type is an <c>Upload</c> in the schema.
/// </summary>
[InputType(typeof(UploadGraphType))]
public sealed class UploadedFile : IAsyncDisposable
{
    /// <summary>Spool files are named by this prefix: the orphan sweep deletes nothing else in a (possibly shared) temp folder.</summary>
    public const string SpoolFilePrefix = "koomessage-upload-";

    private UploadedFile(string fileName, string? declaredContentType, string temporaryPath, long length, string sha256, byte[] head)
    {
        FileName = fileName;
        DeclaredContentType = declaredContentType;
        TemporaryPath = temporaryPath;
        Length = length;
        Sha256 = sha256;
        Head = head;
        Kind = FileTypeDetector.Detect(head);
    }

    public string FileName { get; }

    /// <summary>What the client claimed; informative only — <see cref="Kind"/> is what counts.</summary>
    public string? DeclaredContentType { get; }

    public string TemporaryPath { get; }

    public long Length { get; }

    public string Sha256 { get; }

    public byte[] Head { get; }

    public FileKind Kind { get; }

    /// <summary>The MIME type of <see cref="Kind"/>, with the charset for text.</summary>
    public string ContentType => FileTypeDetector.ContentTypeOf(Kind, Head);

    public Stream OpenRead() => new FileStream(TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <returns>The spooled file, or null when the content exceeds <paramref name="maxBytes"/> (reading stops there).</returns>
    /// <exception cref="SpoolBudgetExceededException">The <paramref name="reservation"/> cannot grow to hold the content (reading stops there).</exception>
    public static async Task<UploadedFile?> SpoolAsync(Stream content, string fileName, string? contentType, long maxBytes, string spoolFolder,
        SpoolReservation reservation, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(spoolFolder);
        var path = Path.Combine(spoolFolder, SpoolFilePrefix + Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[FileTypeDetector.HeadLength];
        var headLength = 0;
        long length = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        file.Close();
                        File.Delete(path);
                        return null;
                    }
                    reservation.Spool(read);
                    hash.AppendData(buffer, 0, read);
                    var take = Math.Min(read, head.Length - headLength);
                    if (take > 0)
                    {
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return new UploadedFile(fileName, contentType, path, length, Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
    }

    /// <summary>
    /// Deletes spool files of requests that never ended (the process was killed mid-upload): those
    /// last written before <paramref name="writtenBeforeUtc"/>. A live request's file is younger
    /// than any sensible grace period, whichever instance sharing the folder it belongs to.
    /// </summary>
    public static int DeleteAbandonedSpools(string spoolFolder, DateTime writtenBeforeUtc)
    {
        if (!Directory.Exists(spoolFolder))
            return 0;
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(spoolFolder, SpoolFilePrefix + "*").ToList())
        {
            if (File.GetLastWriteTimeUtc(path) >= writtenBeforeUtc)
                continue;
            try
            {
                File.Delete(path);
                deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's file in a shared temp folder, or one just deleted by another instance: not ours to insist on.
            }
        }
        return deleted;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(TemporaryPath);
        return ValueTask.CompletedTask;
    }
}
