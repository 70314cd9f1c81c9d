using GraphQL.Types;
using GraphQLParser.AST;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// The schema's DateTime scalar (it replaces the built-in one of that name): output unchanged, input
/// read by <see cref="IsoDateTimes"/>, so a date alone ("2026-11-01", 00:00 UTC) is accepted here as on
/// the CSV endpoints, and a refusal says which forms are accepted.
/// </summary>
public sealed class IsoDateTimeGraphType : DateTimeGraphType
{
    public IsoDateTimeGraphType()
    {
        Name = "DateTime";
        Description = $"A point in time: {IsoDateTimes.Accepted}. Returned as ISO-8601 in UTC.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value, $"Expected {IsoDateTimes.Accepted}."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTime time => time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime(),
        DateTimeOffset time => time.UtcDateTime,
        _ => ThrowValueConversionError(value),
    };

    // Any string literal gets to ParseLiteral, whose refusal names the accepted forms (a false here would only say "invalid value").
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue;

    public override bool CanParseValue(object? value) => value is null or string or DateTime or DateTimeOffset;

    private static DateTime Parse(string text)
        => IsoDateTimes.TryParse(text, out var utc) ? utc : throw new ClientInputException($"'{Shorten(text)}' is not a DateTime: expected {IsoDateTimes.Accepted}.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
