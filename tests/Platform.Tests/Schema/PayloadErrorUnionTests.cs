using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Schema;

/// <summary>
/// Any input can be invalid, so every mutation's payload carries <c>errors</c> whose union includes
/// <c>ValidationError</c>: a client's shared error selection (<c>... on ValidationError { field }</c>) is
/// valid on every payload.
/// </summary>
public sealed class PayloadErrorUnionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public void Every_mutation_payload_error_union_includes_ValidationError()
    {
        var schema = fixture.Host.Services.GetRequiredService<ISchema>();
        var mutations = schema.Mutation!.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mutations);
        var sdl = SchemaPrinting.Print(schema);
        var unions = System.Text.RegularExpressions.Regex.Matches(sdl, @"^union (\w+) = (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(" | "));
        var missing = mutations.Where(field => !HasValidationError(field, sdl, unions)).Select(f => f.Name).ToList();
        Assert.True(missing.Count == 0, "Payloads without ValidationError in their error union: " + string.Join(", ", missing));
    }

    /// <summary>The payload's <c>errors: [XError!]</c> names a union whose members include ValidationError.</summary>
    private static bool HasValidationError(FieldType field, string sdl, Dictionary<string, string[]> unions)
    {
        var payload = Unwrap(field.ResolvedType)?.Name;
        var body = System.Text.RegularExpressions.Regex.Match(sdl, $@"^type {payload} \{{(.*?)^\}}", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline);
        var errors = System.Text.RegularExpressions.Regex.Match(body.Groups[1].Value, @"errors: \[(\w+)!\]");
        return errors.Success && unions.TryGetValue(errors.Groups[1].Value, out var members) && members.Contains("ValidationError");
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
