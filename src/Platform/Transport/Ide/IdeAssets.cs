namespace KooMessage.Platform.Transport.Ide;

/// <summary>
/// The GraphiQL build the IDE page loads: one npm package, pinned, whose files are used exactly as
/// published. GraphiQL 5 ships only ES modules that need a bundler (its editor, Monaco, imports CSS
/// from JavaScript), so the page loads a distribution that publishes GraphiQL 5 prebuilt:
/// <c>@graphql-yoga/graphiql</c>, a browser bundle of <c>graphiql</c> 5 with React and its Monaco
/// workers. The integrity hashes are the SHA-384 of the files in the package's npm tarball; a test
/// checks them against the package npm installs.
/// </summary>
public static class IdeAssets
{
    public const string Package = "@graphql-yoga/graphiql";
    public const string Version = "4.5.0";

    /// <summary>Where the platform serves <see cref="IdeOptions.AssetPath"/>.</summary>
    public const string LocalPath = "/graphql-ide/assets";

    /// <summary>Where the platform serves the page's own script.</summary>
    public const string ScriptPath = "/graphql-ide/koomessage-ide.js";

    public static readonly IdeAsset Bundle = new("dist/yoga-graphiql.umd.js", "sha384-/t4fhWxYGaViR67PMxhDacRXghTA/X82HkhLqo1g3mf/YS3U8WQRV4mDYOi+WAwY");
    public static readonly IdeAsset Stylesheet = new("dist/graphiql.css", "sha384-Xp/7OLcB0QxJbd7DgYyj2SlhlXcC3CfoZwV0noESXagTOy5SgLd0fvxFirGgDlSe");
    public static readonly IdeAsset EditorWorker = new("dist/monacoeditorwork/editor.worker.bundle.js", "sha384-pE2N9HoATIHFXyG+qNs0KfCQYNupaLtNYdrU+207YoYufZkQXiNrxwhjD19bwavY");
    public static readonly IdeAsset JsonWorker = new("dist/monacoeditorwork/json.worker.bundle.js", "sha384-DWcw3li66h7qm7RgvaRzwTHxNSsmDbhaapFdWTO7qtVLuSCrGXwp0Kg2QIutW7Iu");
    public static readonly IdeAsset GraphQLWorker = new("dist/monacoeditorwork/graphql.worker..bundle.js", "sha384-PFVHFyE1C49Jx+IQWrSNUWIDw1b3aaYAoDYJip6kaM+AqrNwvYabc3Vn5oR7bJ5d");

    public static IReadOnlyList<IdeAsset> All => [Bundle, Stylesheet, EditorWorker, JsonWorker, GraphQLWorker];
}
