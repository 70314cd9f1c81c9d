namespace KooMessage.Platform.Transport.Ide;

/// <summary>Configuration section "Ide": the GraphiQL page a browser gets at <c>GET /graphql</c>.</summary>
public sealed class IdeOptions
{
    public const string Section = "Ide";

    /// <summary>Serves the IDE; unset means on in Development and off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Where the browser loads the pinned GraphiQL bundle from: a CDN serving npm packages by
    /// <c>name@version</c>; the page names the package's files below it, each with its SRI hash.
    /// </summary>
    public string AssetBaseUrl { get; set; } = "https://cdn.jsdelivr.net/npm/";

    /// <summary>
    /// A local folder holding the pinned package (its <c>dist/</c> folder, e.g. an npm install's
    /// <c>node_modules/@graphql-yoga/graphiql</c>) for sites without internet access; when set, the
    /// platform serves the files itself at <see cref="IdeAssets.LocalPath"/> and ignores
    /// <see cref="AssetBaseUrl"/>.
    /// </summary>
    public string? AssetPath { get; set; }
}
