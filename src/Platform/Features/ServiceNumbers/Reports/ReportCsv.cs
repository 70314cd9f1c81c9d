using System.Globalization;
using System.Text;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// A click report as CSV (RFC 4180): <c>day,target,name,pv,uv</c>, one line per row. Names come
/// from the phone side, so they are written as <see cref="CsvCells"/> (formulas defused). Pure.
/// </summary>
public static class ReportCsv
{
    public const string Header = "day,target,name,pv,uv";

    public static string Write(ServiceNumberReport report)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var row in report.Rows)
        {
            csv.Append(row.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Target is { } target ? EnumNames.Of(target) : null).Append(',')
                .Append(CsvCells.Of(row.Name)).Append(',')
                .Append(row.Pv.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Uv.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        return csv.ToString();
    }
}
