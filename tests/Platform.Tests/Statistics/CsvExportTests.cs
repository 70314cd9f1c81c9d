using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Statistics;

/// <summary>
/// The CSV exports over HTTP, read back with a real CSV parser: a task's recipients (with their clicks;
/// a number typed as a formula comes back defused) and a statistics query (the same numbers as the
/// GraphQL field); UTF-8 with BOM; bad input typed; another tenant's key learns nothing.
/// </summary>
public sealed class CsvExportTests
{
    private const string StatisticsQuery = """
        query($input: MessageStatisticsInput!) { messageStatistics(input: $input) { start kind channel taskId submitted sent delivered skipped clicks uniqueClicks } }
        """;

    [Fact]
    public async Task Exports_round_trip_through_a_csv_parser_and_another_tenant_learns_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await database.StartHostAsync(SendTaskScenario.FastDispatch);
        var story = await SendTaskScenario.StartAsync(host, "csvout");
        var other = await SendTaskScenario.StartAsync(host, "csvoutx");
        var id = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2", "=1+2"]));
        await story.WaitForAsync(id, SendTaskScenario.Finished);
        var recipients = (await story.AsTenant.QueryAsync($$"""{ node(id: "{{id}}") { ... on SendTask { recipients { nodes { phone state channel shortLinkCode } } } } }"""))
            .GetProperty("node").GetProperty("recipients").GetProperty("nodes").EnumerateArray().ToList();
        var code = recipients.First(r => r.GetProperty("shortLinkCode").ValueKind == JsonValueKind.String).GetProperty("shortLinkCode").GetString();
        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress })
        {
            for (var i = 0; i < 2; i++)
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/s/" + code)).StatusCode); // the card page
        }

        // Recipients: one line each, in input order, as GraphQL shows them; formulas defused.
        var path = $"/exports/tasks/{Uri.EscapeDataString(id)}/recipients.csv";
        var export = await story.AsTenant.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition?.ToString());
        var lines = await Parse(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(recipients.Count, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var phone = recipients[i].GetProperty("phone").GetString()!;
            Assert.Equal(phone[0] is '=' or '+' or '-' or '@' ? "'" + phone : phone, lines[i]["phone"]);
            Assert.Equal(recipients[i].GetProperty("state").GetString(), lines[i]["state"]);
            Assert.Equal(recipients[i].GetProperty("channel").GetString(), lines[i]["channel"]);
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), lines[i]["sequence"]);
        }
        Assert.Contains(lines, l => l["phone"] == "'=1+2" && l["state"] == "INVALID");
        var clicked = Assert.Single(lines, l => l["short_link"].EndsWith("/" + code, StringComparison.Ordinal));
        Assert.Equal("2", clicked["clicks"]);
        Assert.True(DateTime.TryParse(clicked["first_clicked_at"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));
        Assert.True(DateTime.TryParse(clicked["submitted_at"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));

        // Another tenant's key: exactly what an unknown task gives (the echoed id aside); no key at all: 401.
        var foreign = await other.AsTenant.Http.GetAsync(path);
        var unknownId = GlobalId.Encode("SendTask", Guid.CreateVersion7());
        var unknown = await other.AsTenant.Http.GetAsync($"/exports/tasks/{Uri.EscapeDataString(unknownId)}/recipients.csv");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(unknown.StatusCode, foreign.StatusCode);
        Assert.Equal((await unknown.Content.ReadAsStringAsync()).Replace(unknownId, "ID"), (await foreign.Content.ReadAsStringAsync()).Replace(id, "ID"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync(path)).StatusCode);

        // Statistics: the GraphQL field's rows, line for line.
        var from = DateTime.UtcNow.Date.AddDays(-1);
        var to = from.AddDays(3);
        var input = new { from = from.ToString("O"), to = to.ToString("O"), granularity = "HOUR", groupBy = new[] { "TASK", "CHANNEL" } };
        var expected = (await story.AsTenant.QueryAsync(StatisticsQuery, new { input })).GetProperty("messageStatistics").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        var query = $"/exports/statistics.csv?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&granularity=HOUR&groupBy=TASK,CHANNEL";
        var statistics = await story.AsTenant.Http.GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
        var rows = await Parse(await statistics.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("start").GetDateTimeOffset(), DateTimeOffset.Parse(rows[i]["start"], CultureInfo.InvariantCulture));
            Assert.EndsWith("+08:00", rows[i]["start"]);
            Assert.Equal(expected[i].GetProperty("taskId").GetString(), rows[i]["task_id"]);
            Assert.Equal(expected[i].GetProperty("kind").GetString(), rows[i]["kind"]);
            Assert.Equal(expected[i].GetProperty("channel").GetString(), rows[i]["channel"]);
            foreach (var (column, field) in new[] { ("submitted", "submitted"), ("sent", "sent"), ("delivered", "delivered"), ("skipped", "skipped"),
                         ("clicks", "clicks"), ("unique_clicks", "uniqueClicks") })
                Assert.Equal(expected[i].GetProperty(field).GetInt32().ToString(CultureInfo.InvariantCulture), rows[i][column]);
        }

        // Another tenant's statistics are its own (none), even when it names this tenant's task.
        var theirs = await other.AsTenant.Http.GetAsync(query + "&taskIds=" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.Empty(await Parse(await theirs.Content.ReadAsByteArrayAsync()));

        // Bad input: the codes the GraphQL field gives.
        var tooLong = await story.AsTenant.Http.GetAsync($"/exports/statistics.csv?from=2026-01-01&to=2027-01-05");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await tooLong.Content.ReadAsStringAsync());
        var badGroup = await story.AsTenant.Http.GetAsync($"/exports/statistics.csv?from=2026-01-01&to=2026-01-05&groupBy=PLANET");
        Assert.Equal(HttpStatusCode.BadRequest, badGroup.StatusCode);
        Assert.Contains("INVALID_REQUEST", await badGroup.Content.ReadAsStringAsync());
    }

    /// <summary>Checks the UTF-8 byte-order mark, then reads the CSV (RFC 4180) into one dictionary per line, keyed by the header.</summary>
    private static async Task<List<Dictionary<string, string>>> Parse(byte[] body)
    {
        Assert.True(body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF, "The export starts with the UTF-8 byte-order mark.");
        using var content = new MemoryStream(body, 3, body.Length - 3);
        await using var csv = CsvReader.Create(content, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        Assert.True(await csv.ReadAsync());
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray();
        var lines = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            Assert.Equal(header.Length, csv.FieldCount);
            lines.Add(header.Select((h, i) => (h, i)).ToDictionary(c => c.h, c => csv.GetString(c.i)));
        }
        return lines;
    }
}
