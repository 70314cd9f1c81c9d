namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Runs one of the Node.js scripts in tests/Platform.Tests/js (real npm clients: graphql-http,
/// graphql-ws, graphql-sse) with a hard time limit, and returns what it printed.
/// </summary>
public static class NodeScript
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "Platform.Tests", "js");

    public static async Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            $"npm packages are missing in {Folder}: run the tests with tests/run.sh, which installs them (npm ci).");
        return await ChildCommand.RunAsync("node", [script, .. arguments], Folder, timeout);
    }
}
