using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KooMessage.Platform.Tests.Schema;

/// <summary>schema/schema.graphql is the public contract: it must equal what the server prints.</summary>
public sealed class SchemaTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private string PrintedSchema => SchemaPrinting.Print(fixture.Host.Services.GetRequiredService<ISchema>());

    [Fact]
    public void The_checked_in_schema_is_current()
    {
        var path = Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql");
        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == PrintedSchema,
            "schema/schema.graphql is stale. Regenerate it: dotnet run --project src/Platform -- schema export --output schema/schema.graphql");
    }

    [Fact]
    public async Task Schema_export_writes_the_same_sdl()
    {
        var output = Path.Combine(fixture.Host.StoragePath, "exported.graphql");
        Assert.Equal(0, await SchemaExportCommand.RunAsync(["schema", "export", "--output", output], fixture.Host.Services));
        Assert.Equal(PrintedSchema, await File.ReadAllTextAsync(output));
    }

    /// <summary>
    /// Who may call each root field, as a reviewed snapshot: a change of access shows up as a diff,
    /// and a field without a declaration fails here before it can ship.
    /// </summary>
    [Fact]
    public void Root_field_access_matches_its_snapshot()
    {
        var schema = fixture.Host.Services.GetRequiredService<ISchema>();
        var roots = new IObjectGraphType?[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IObjectGraphType>();
        var access = roots
            .SelectMany(root => root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).Select(field => (root, field)))
            .OrderBy(x => x.root.Name, StringComparer.Ordinal).ThenBy(x => x.field.Name, StringComparer.Ordinal)
            .Select(x => $"{x.root.Name}.{x.field.Name}: {AccessOf(x.field)}")
            .ToList();
        Assert.DoesNotContain(access, line => line.EndsWith("UNDECLARED", StringComparison.Ordinal));
        string.Join("\n", access).MatchSnapshot();
    }

    private static string AccessOf(FieldType field)
    {
        if (global::GraphQL.AuthorizationExtensions.IsAnonymousAllowed(field))
            return "anyone";
        var roles = global::GraphQL.AuthorizationExtensions.GetRoles(field);
        if (roles is { Count: > 0 })
            return string.Join(", ", roles);
        return global::GraphQL.AuthorizationExtensions.IsAuthorizationRequired(field) ? "authenticated" : "UNDECLARED";
    }
}
