using System.Text;
using KooMessage.Platform.GraphQL.Limits;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// Every client-controlled structure the server walks, each at <c>factor</c> times its default limit
/// (or as far past it as the limits checked earlier let it get): document size, literals, nesting,
/// fragments, directives, aliases, introspection, filters and sorting, variables.
/// </summary>
public static class HostileRequests
{
    private static readonly DocumentLimits Limits = new();

    public static IReadOnlyList<HostileRequest> At(int factor)
    {
        var requests = new List<HostileRequest>
        {
            new("tokens", "{ " + Repeat("a ", Limits.MaxTokens * factor) + "}", null, "MAX_TOKENS_EXCEEDED"),
            new("string literal", $$"""{ __type(name: "{{new string('x', Limits.MaxStringLength * factor)}}") { name } }""", null, "LITERAL_TOO_LONG"),
            new("number literal", $"{{ __type(name: {new string('9', Limits.MaxNumberLength * factor)}) {{ name }} }}", null, "LITERAL_TOO_LONG"),
            new("nested list literal", "{ __type(name: " + Repeat("[", Limits.MaxParserDepth * factor) + Repeat("]", Limits.MaxParserDepth * factor) + ") { name } }",
                null, "MAX_DEPTH_EXCEEDED"),
            new("nested selections", "{ " + Repeat("... on Query { ", Limits.MaxParserDepth * factor) + "__typename" + Repeat(" }", Limits.MaxParserDepth * factor) + " }",
                null, "MAX_DEPTH_EXCEEDED"),
            new("definitions", "query { ...F0 } " + Join(Limits.MaxDefinitions * factor, i => $"fragment F{i} on Query {{ __typename }}"),
                null, "MAX_DEFINITIONS_EXCEEDED"),
            new("variables", "query(" + Join(Limits.MaxVariables * factor, i => $"$v{i}: Int") + ") { __typename }", null, "MAX_VARIABLES_EXCEEDED"),
            new("selections in one set", "{ " + Repeat("__typename ", Limits.MaxSelectionsPerSet * factor) + "}", null, "MAX_SELECTIONS_EXCEEDED"),
            new("directives on one field", "{ __typename " + Repeat("@include(if: true) ", Limits.MaxDirectivesPerLocation * factor) + "}",
                null, "MAX_DIRECTIVES_EXCEEDED"),
            new("directives in all", "{ " + Chunks(Limits.MaxDirectives * Math.Min(factor, 5), 200, _ => "__typename @skip(if: false)") + " }",
                null, "MAX_DIRECTIVES_EXCEEDED"),
            new("fragment spread chain", "query { ...F0 } " + Join(Limits.MaxFragmentDepth * factor, i => $"fragment F{i} on Query {{ ...F{i + 1} }}")
                + $" fragment F{Limits.MaxFragmentDepth * factor} on Query {{ __typename }}", null, "MAX_FRAGMENT_DEPTH_EXCEEDED"),
            new("nesting through fragments", "query { ...F0 } " + Join(Limits.MaxFragmentDepth - 1, i =>
                    $"fragment F{i} on Query {{ {Repeat("... on Query { ", 4 * factor)}...F{i + 1}{Repeat(" }", 4 * factor)} }}")
                + $" fragment F{Limits.MaxFragmentDepth - 1} on Query {{ __typename }}", null, "MAX_DEPTH_EXCEEDED"),
            new("fragments spread twice at every level", "query { ...F0 } " + Join(14, i => $"fragment F{i} on Query {{ ...F{i + 1} ... on Query {{ ...F{i + 1} }} }}")
                + " fragment F14 on Query { __typename }", null, "MAX_FIELDS_EXCEEDED"),
            new("aliases", "{ " + Chunks(Limits.MaxAliases * factor, 200, i => $"a{i}: __typename") + " }", null, "MAX_ALIASES_EXCEEDED"),
            new("schema introspections", "{ " + Join(Limits.MaxSchemaIntrospections * factor + 1, i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name }} }} }} }}") + " }",
                null, "INTROSPECTION_LIMIT_EXCEEDED"),
            new("ofType depth", "{ __type(name: \"Query\") { " + Repeat("ofType { ", 3 * Limits.MaxOfTypeDepth / 2 + factor) + "name" + Repeat(" }", 3 * Limits.MaxOfTypeDepth / 2 + factor) + " } }",
                null, "INTROSPECTION_LIMIT_EXCEEDED"),
            new("introspection type cycles", "{ __schema { types { " + Repeat("fields { type { ", Cycles(factor)) + "name" + Repeat(" } }", Cycles(factor)) + " } } }", null, "INTROSPECTION_LIMIT_EXCEEDED"),
            new("fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", null, "NO_FRAGMENT_CYCLES"),
            new("deeply nested variables", "query($v: [String]) { __typename }",
                new Dictionary<string, object?> { ["v"] = Nest(Limits.MaxParserDepth * factor) }, "INVALID_REQUEST"),
            new("validation errors", "{ " + Chunks(Limits.MaxValidationErrors * factor, 200, i => $"unknown{i}") + " }", null, "FIELDS_ON_CORRECT_TYPE"),

            new("or branches", "query($w: SmsAppFilterInput) { smsApps(where: $w) { totalCount } }",
                Where(new Dictionary<string, object?> { ["or"] = Branches(Limits.MaxFilterBranches * factor) }), "INVALID_FILTER", AsTenantMember: true),
            new("or branches as a literal", "{ smsApps(where: {or: [" + Join(Limits.MaxFilterBranches * factor, i => $"{{name: {{eq: \"x{i}\"}}}}") + "]}) { totalCount } }",
                null, "INVALID_FILTER", AsTenantMember: true),
            new("and nesting", "query($w: SmsAppFilterInput) { smsApps(where: $w) { totalCount } }",
                Where(NestedAnd(Limits.MaxFilterDepth + 12)), "INVALID_FILTER", AsTenantMember: true),
            new("and nesting beyond JSON's depth", "query($w: SmsAppFilterInput) { smsApps(where: $w) { totalCount } }",
                Where(NestedAnd(40)), "INVALID_REQUEST", AsTenantMember: true),
            new("filter conditions", "query($w: SmsAppFilterInput) { smsApps(where: $w) { totalCount } }",
                Where(new Dictionary<string, object?> { ["and"] = Enumerable.Range(0, 2 * factor).Select(_ => new Dictionary<string, object?> { ["or"] = Branches(Limits.MaxFilterBranches, operations: 6) }).ToList() }),
                "INVALID_FILTER", AsTenantMember: true),
            new("in list", "query($w: SmsAppFilterInput) { smsApps(where: $w) { totalCount } }",
                Where(new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["in"] = Enumerable.Range(0, Limits.MaxFilterListLength * factor).Select(i => $"x{i}").ToList() } }),
                "INVALID_FILTER", AsTenantMember: true),
            new("sort entries", "query($o: [SmsAppSortInput!]) { smsApps(order: $o) { totalCount } }",
                new Dictionary<string, object?> { ["o"] = Enumerable.Range(0, Limits.MaxSortFields * factor).Select(_ => new Dictionary<string, object?> { ["name"] = "ASC" }).ToList() },
                "INVALID_FILTER", AsTenantMember: true),
        };
        return requests;
    }

    /// <summary>Introspection type cycles past the limit but within the nesting limit, which is checked first.</summary>
    private static int Cycles(int factor) => Math.Min(Limits.MaxIntrospectionCycles * factor, 20);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Join(int count, Func<int, string> item) => string.Join(" ", Enumerable.Range(0, count).Select(item));

    /// <summary><paramref name="count"/> selections spread over inline fragments of <paramref name="size"/>, so no one set is over its limit.</summary>
    private static string Chunks(int count, int size, Func<int, string> item)
        => string.Join(" ", Enumerable.Range(0, (count + size - 1) / size)
            .Select(c => "... on Query { " + Join(Math.Min(size, count - c * size), i => item(c * size + i)) + " }"));

    private static object Nest(int depth)
    {
        object value = new List<object?>();
        for (var i = 1; i < depth; i++)
            value = new List<object?> { value };
        return value;
    }

    private static Dictionary<string, object?> Where(object filter) => new() { ["w"] = filter };

    private static List<Dictionary<string, object?>> Branches(int count, int operations = 1)
        => Enumerable.Range(0, count).Select(i => new Dictionary<string, object?>
        {
            ["name"] = new[] { "eq", "neq", "contains", "startsWith", "endsWith", "ncontains" }.Take(operations)
                .ToDictionary(op => op, object? (_) => $"x{i}"),
        }).ToList();

    private static Dictionary<string, object?> NestedAnd(int depth)
    {
        var filter = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = "x" } };
        for (var i = 0; i < depth; i++)
            filter = new Dictionary<string, object?> { ["and"] = new List<object?> { filter } };
        return filter;
    }
}
