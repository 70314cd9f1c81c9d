using System.Globalization;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A task's recipients as CSV lines (RFC 4180) under <see cref="Header"/>: enums as in the schema,
/// times ISO-8601 UTC, text cells through <see cref="CsvCells"/> (an invalid number is stored as typed,
/// so it may start with "=", and an E.164 number starts with "+"). Pure.
/// </summary>
public static class RecipientCsv
{
    public const string Header = "sequence,phone,capability,channel,state,error_code,submitted_at,delivered_at,finished_at,short_link,clicks,first_clicked_at";

    public static string Line(RecipientCsvRow row) => string.Join(',',
        row.Sequence.ToString(CultureInfo.InvariantCulture),
        CsvCells.Of(row.Phone),
        EnumNames.Of(row.Capability),
        EnumNames.Of(row.Channel),
        EnumNames.Of(row.State),
        CsvCells.Of(row.ErrorCode),
        Time(row.SubmittedAt),
        Time(row.DeliveredAt),
        Time(row.FinishedAt),
        row.ShortLinkCode is null ? string.Empty : CsvCells.Of($"https://{row.ShortLinkDomain}/{row.ShortLinkCode}"),
        row.Clicks.ToString(CultureInfo.InvariantCulture),
        Time(row.FirstClickedAt));

    /// <summary>ISO-8601 UTC, as the schema's DateTime.</summary>
    public static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? string.Empty;
}
