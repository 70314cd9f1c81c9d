namespace KooMessage.Platform.Domain;

/// <summary>
/// One CSV cell (RFC 4180) safe to open in a spreadsheet: a value starting with <c>= + - @</c> is
/// defused with an apostrophe before a spreadsheet can run it as a formula, and a value holding a
/// comma, quote or line break is quoted with its quotes doubled. Every CSV export writes its text
/// cells with this one function. Pure.
/// </summary>
public static class CsvCells
{
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if (value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
