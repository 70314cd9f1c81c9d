using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Reads the errors of a mutation payload (<c>errors: [XError!]</c>, typed errors selected with
/// <c>__typename</c>, <c>message</c> and their own fields) and the code of a response's top-level
/// errors, so a test says <c>payload.ErrorType()</c> instead of walking the JSON.
/// </summary>
public static class PayloadErrors
{
    /// <summary>Whether the payload carries errors (its <c>errors</c> is a list, not null).</summary>
    public static bool HasErrors(this JsonElement payload) => payload.GetProperty("errors").ValueKind != JsonValueKind.Null;

    /// <summary>Fails the test, showing the payload (or <paramref name="message"/>), when the payload carries errors.</summary>
    public static void AssertNoErrors(this JsonElement payload, string? message = null)
        => Assert.True(!payload.HasErrors(), message ?? payload.ToString());

    /// <summary>The first error of the payload.</summary>
    public static JsonElement Error(this JsonElement payload) => payload.GetProperty("errors")[0];

    /// <summary>The <c>__typename</c> of the first error, e.g. <c>ValidationError</c>.</summary>
    public static string ErrorType(this JsonElement payload) => payload.Error().GetProperty("__typename").GetString()!;

    /// <summary>The <c>__typename</c> of every error, in order.</summary>
    public static IReadOnlyList<string> ErrorTypes(this JsonElement payload)
        => payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!).ToList();

    /// <summary>The message of the first error.</summary>
    public static string ErrorMessage(this JsonElement payload) => payload.Error().GetProperty("message").GetString()!;

    /// <summary>The field the first error names; null when it names none or the field was not selected.</summary>
    public static string? ErrorField(this JsonElement payload) => FieldOf(payload.Error());

    /// <summary>The fields every error names, in order.</summary>
    public static IReadOnlyList<string?> ErrorFields(this JsonElement payload)
        => payload.GetProperty("errors").EnumerateArray().Select(FieldOf).ToList();

    /// <summary>
    /// <c>extensions.code</c> of the first top-level error of a GraphQL response body (or of a subscription's
    /// <c>next</c> payload): requests that fail as a whole, unlike payload errors.
    /// </summary>
    public static string? ErrorCode(this JsonElement body) => body.Error().GetProperty("extensions").GetProperty("code").GetString();

    // ConflictError.field is nullable, unlike the other errors' field: scenarios select it as conflictField.
    private static string? FieldOf(JsonElement error)
        => error.TryGetProperty("field", out var field) ? field.GetString()
            : error.TryGetProperty("conflictField", out var conflict) ? conflict.GetString()
            : null;
}
