using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Clients;

/// <summary>
/// clients/typescript as a frontend team uses it: graphql-codegen generates typed documents from
/// schema/schema.graphql and src/Client/Operations, the example type-checks with `tsc --strict`, and
/// its Apollo Client and urql calls work against a real platform process. tests/run.sh installs the
/// npm packages (npm ci); the generated code is never committed, so this is also what proves the
/// schema and the operations still generate.
/// </summary>
public sealed class TypeScriptClientTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "clients", "typescript");
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Generated_documents_type_check_and_the_apollo_and_urql_example_runs_against_the_platform()
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            $"npm packages are missing in {Folder}: run the tests with tests/run.sh, which installs them (npm ci).");

        await ChildCommand.RunAsync("npm", ["run", "--silent", "codegen"], Folder, StepTimeout);
        var generated = await File.ReadAllTextAsync(Path.Combine(Folder, "src", "generated", "graphql.ts"));
        // Payload errors narrow on __typename, and enums are const objects of string values.
        Assert.Contains("{ __typename: 'ConflictError', code: string, message: string, conflictField: string | null }", generated);
        Assert.Contains("TENANT_ADMIN: 'TENANT_ADMIN'", generated);

        await ChildCommand.RunAsync("npx", ["--no-install", "tsc", "--noEmit", "--strict", "-p", "."], Folder, StepTimeout);
        await ChildCommand.RunAsync("npx", ["--no-install", "tsc", "-p", "."], Folder, StepTimeout);

        await using var platform = await PlatformProcess.StartAsync();
        var output = await ChildCommand.RunAsync("node", ["dist/example.js"], Folder, StepTimeout, new Dictionary<string, string>
        {
            ["KOOMESSAGE_URL"] = platform.BaseAddress.ToString(),
            ["KOOMESSAGE_KEY"] = PlatformHost.AdminKey,
        });
        Assert.Contains("apollo: created tenant ts-example-", output);
        Assert.Contains("apollo: slug is taken", output);
        Assert.Contains("urql: slug is invalid", output);
        Assert.EndsWith("ok", output.TrimEnd());
    }
}
