namespace KooMessage.Platform.Files;

/// <summary>Configuration section "Files".</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>Letters, materials and images: 2 MB (console).</summary>
    public long MaxDocumentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Number files: 50 MB by default.</summary>
    public long MaxNumberFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>One resource of a video SMS template (image, audio, video, text): 2 MB, what a whole template may add up to.</summary>
    public long MaxVideoSmsResourceBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>At most this many files in one multipart request.</summary>
    public int MaxFilesPerRequest { get; set; } = 10;

    /// <summary>Entries (files and folders) a special-materials archive may list.</summary>
    public int MaxArchiveEntries { get; set; } = 1000;

    /// <summary>What all entries of an archive may add up to, by the sizes the archive declares.</summary>
    public long MaxArchiveExpandedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>How many times its compressed size one entry of more than 1 MB may declare; more is a compression bomb.</summary>
    public int MaxArchiveCompressionRatio { get; set; } = 100;

    /// <summary>
    /// Folder where multipart file parts are spooled until the request ends; the system temp
    /// folder when empty. Each request deletes its own spool files, also when the client aborts.
    /// </summary>
    public string? SpoolPath { get; set; }

    /// <summary>
    /// Bytes of multipart uploads one principal (API key or token; anonymous: the address) may have
    /// spooling on one instance at once; more is refused (429, or 413 for one request larger than this).
    /// At least one request with every file at its largest, by default.
    /// </summary>
    public long MaxSpoolBytesPerPrincipal { get; set; } = 512L * 1024 * 1024;

    /// <summary>Bytes of multipart uploads all principals together may have spooling on one instance at once; more is refused (503).</summary>
    public long MaxSpoolBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// How old a spool file or a blob without a file row must be before the orphan sweep deletes it.
    /// Longer than any upload request lasts, so instances sharing the storage and database never
    /// delete each other's uploads in flight (the blob is written just before its row).
    /// </summary>
    public TimeSpan OrphanGracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The sweep runs at start-up and then this often.</summary>
    public TimeSpan OrphanSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest single file a multipart request may carry at all; reading stops beyond it (413).</summary>
    public long MaxUploadBytes => Math.Max(Math.Max(MaxDocumentBytes, MaxNumberFileBytes), MaxVideoSmsResourceBytes);

    public string SpoolFolder => string.IsNullOrWhiteSpace(SpoolPath) ? Path.GetTempPath() : Path.GetFullPath(SpoolPath);
}
