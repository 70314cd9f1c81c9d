using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Schema;

/// <summary>
/// Enum values are spelled by <see cref="EnumNames"/> everywhere: in the schema, in messages and in
/// gateway payloads. These tests hold the helper to the checked-in contract.
/// </summary>
public sealed class EnumNamesTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Theory]
    [InlineData("NotEffective", "NOT_EFFECTIVE")]
    [InlineData("InnerMongolia", "INNER_MONGOLIA")]
    [InlineData("PlainSms", "PLAIN_SMS")]
    [InlineData("CompletedWithFailures", "COMPLETED_WITH_FAILURES")]
    [InlineData("Gsm7", "GSM_7")]
    [InlineData("Asc", "ASC")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    public void Words_are_split_at_case_and_digit_changes(string member, string expected)
        => Assert.Equal(expected, EnumNames.ScreamingCase(member));

    [Fact]
    public void Every_enum_of_the_platform_has_the_helpers_names_in_the_checked_in_schema()
    {
        var schema = fixture.Host.Services.GetRequiredService<ISchema>();
        var enums = schema.AllTypes.OfType<EnumerationGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .ToList();
        var clrEnumOf = enums.Where(type => type is not ReviewSubjectKindType).ToDictionary(type => type.Name, ClrEnumOf);
        var checkedIn = CheckedInEnums();

        Assert.Equal(checkedIn.Keys.Order(StringComparer.Ordinal), enums.Select(type => type.Name).Order(StringComparer.Ordinal));
        foreach (var enumType in typeof(EnumNames).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            var names = Enum.GetNames(enumType).Select(EnumNames.ScreamingCase).ToList();
            Assert.All(names, name => Assert.Matches("^[A-Z][A-Z0-9_]*$", name));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            var schemaName = clrEnumOf.SingleOrDefault(pair => pair.Value == enumType).Key;
            if (schemaName is not null)
                Assert.Equal(checkedIn[schemaName].Select(v => v.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        }

        // The one enum with no C# enum behind it: its values are the registered review kinds, spelled by the same helper.
        var kinds = fixture.Host.Services.GetRequiredService<ReviewSubjects>().All.Select(subject => EnumNames.ScreamingCase(subject.Kind));
        Assert.Equal(checkedIn["ReviewSubjectKind"].Select(v => v.Name).Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_enum_and_every_value_in_the_checked_in_schema_is_described()
    {
        foreach (var (name, values) in CheckedInEnums())
            Assert.All(values, value => Assert.False(string.IsNullOrWhiteSpace(value.Description), $"{name}.{value.Name} has no description."));
    }

    /// <summary>Every schema enum but the review kinds comes from the convention; a hand-written enum graph type would show up here.</summary>
    private static Type ClrEnumOf(EnumerationGraphType type)
    {
        var graphType = type.GetType();
        Assert.True(graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(EnumType<>),
            $"{type.Name} is a {graphType.Name}, not an EnumType<TEnum>.");
        return graphType.GetGenericArguments()[0];
    }

    private static Dictionary<string, List<(string Name, string? Description)>> CheckedInEnums()
    {
        var sdl = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql"));
        return Parser.Parse(sdl).Definitions.OfType<GraphQLEnumTypeDefinition>().ToDictionary(
            definition => definition.Name.StringValue,
            definition => definition.Values!.Items.Select(v => (v.Name.StringValue, v.Description?.Value.ToString())).ToList());
    }
}
