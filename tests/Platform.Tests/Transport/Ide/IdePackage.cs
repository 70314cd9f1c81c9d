using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport.Ide;

/// <summary>The pinned GraphiQL package as npm installed it for the tests (tests/Platform.Tests/js).</summary>
public static class IdePackage
{
    public static string Folder
    {
        get
        {
            var folder = Path.Combine(NodeScript.Folder, "node_modules", "@graphql-yoga", "graphiql");
            Assert.True(Directory.Exists(folder), $"{folder} is missing: run the tests with tests/run.sh, which installs the npm packages (npm ci).");
            return folder;
        }
    }
}
