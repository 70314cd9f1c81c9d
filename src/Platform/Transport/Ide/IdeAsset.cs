namespace KooMessage.Platform.Transport.Ide;

/// <summary>One file of the pinned GraphiQL package: its path inside the package and its SRI hash.</summary>
public sealed record IdeAsset(string File, string Integrity)
{
    /// <summary>The file's URL below an asset base (a CDN's npm root, or the platform's local asset path).</summary>
    public string UrlBelow(string packageBase) => packageBase + File;
}
