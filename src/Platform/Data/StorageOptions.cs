namespace KooMessage.Platform.Data;

/// <summary>Configuration section "Storage": where the embedded database and blobs live.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file and the filesystem blob store; relative paths are resolved against the working directory.</summary>
    public string Path { get; set; } = "data";

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
