using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class ReportRulesTests
{
    private static ServiceNumberReport Report(params ServiceNumberReportRow[] rows) => new(null!, DateTime.UtcNow, DateTime.UtcNow, ReportGrouping.DayAndTarget, 0, 0, rows);

    [Fact]
    public void A_range_is_whole_utc_days()
    {
        var (from, to) = ReportRules.Days(new DateTime(2026, 11, 1, 15, 30, 0, DateTimeKind.Utc), new DateTime(2026, 11, 3, 0, 0, 1, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal(DateTimeKind.Utc, to.Kind);
    }

    [Fact]
    public void A_range_runs_forward_over_at_most_366_days()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal("to", Assert.IsType<ValidationError>(Assert.Throws<DomainException>(() => ReportRules.Days(start, start.AddDays(-1))).Errors[0]).Field);
        ReportRules.Days(start, start.AddDays(365));
        Assert.Throws<DomainException>(() => ReportRules.Days(start, start.AddDays(366)));
    }

    [Fact]
    public void Csv_has_a_header_and_one_line_per_row()
    {
        var day = new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc);
        var csv = ReportCsv.Write(Report(new ServiceNumberReportRow(day, ClickTarget.QuickApp, "掌上银行", 3, 2), new ServiceNumberReportRow(day, null, null, 3, 2)));
        Assert.Equal("day,target,name,pv,uv\r\n2026-11-24,QUICK_APP,掌上银行,3,2\r\n2026-11-24,,,3,2\r\n", csv);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-2", "'-2")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("优惠", "优惠")]
    public void Csv_fields_are_quoted_and_formulas_defused(string value, string expected)
        => Assert.Equal(expected, CsvCells.Of(value));
}
