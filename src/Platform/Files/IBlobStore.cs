namespace KooMessage.Platform.Files;

/// <summary>Where file contents live; the database keeps only references (<see cref="StoredFile"/>).</summary>
public interface IBlobStore
{
    /// <summary>Stores the content under <paramref name="key"/>, replacing nothing: keys are unique.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keys of the complete blobs last written before <paramref name="writtenBeforeUtc"/>, for the orphan sweep.</summary>
    IEnumerable<string> ListWrittenBefore(DateTime writtenBeforeUtc);

    /// <summary>Removes writes that never completed (a process killed mid-write) and were last touched before <paramref name="writtenBeforeUtc"/>.</summary>
    int DeleteAbandonedWrites(DateTime writtenBeforeUtc);
}
