using System.Diagnostics;
using System.Text;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>
/// Nothing a request contains makes the server work super-linearly: each hostile family is sent at
/// growing sizes up to the body limit and the time per step may grow at most a few times faster than
/// the size (a quadratic step would grow 64 times for 8 times the size; up to 32 times is allowed). Ratios, not wall times, so a
/// loaded machine does not decide the outcome; each size keeps its fastest of several runs.
/// </summary>
public sealed class DocumentGrowthTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const int Runs = 7;
    private static readonly int[] Sizes = [8 * 1024, 64 * 1024, 512 * 1024];

    public static TheoryData<string> Families => [.. Generators.Keys];

    private static readonly Dictionary<string, Func<int, string>> Generators = new()
    {
        ["directives"] = size => "{ __typename " + Fill("@include(if: true) ", size) + "}",
        ["aliases"] = size => "{ " + Numbered(size, i => $"a{i}: __typename ") + "}",
        ["same response name"] = size => "{ " + Fill("__typename ", size) + "}",
        ["fragments"] = size => "query { ...F0 } " + Numbered(size, i => $"fragment F{i} on Query {{ ...F{i + 1} }} "),
        ["nested lists in variables"] = size => "{\"query\":\"query($v: [String]) { __typename }\",\"variables\":{\"v\":" + Fill("[", size / 2) + Fill("]", size / 2) + "}}",
        ["deep input objects"] = size => "{ __type(name: " + Fill("{a: ", size / 2) + "1" + Fill("}", size / 8) + ") { name } }",
        ["long strings"] = size => $$"""{ __type(name: "{{new string('x', size)}}") { name } }""",
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Time_grows_at_most_linearly_with_the_size_of_a_hostile_document(string family)
    {
        using var http = fixture.Host.CreateClient();
        var times = new List<double>();
        foreach (var size in Sizes)
        {
            var body = Body(family, size);
            var fastest = double.MaxValue;
            for (var run = 0; run < Runs; run++)
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsync("/graphql", content);
                await response.Content.ReadAsByteArrayAsync();
                fastest = Math.Min(fastest, watch.Elapsed.TotalMilliseconds);
                Assert.True((int)response.StatusCode < 500, $"{family} at {size} bytes: {(int)response.StatusCode}");
            }
            times.Add(fastest);
        }

        for (var step = 1; step < Sizes.Length; step++)
        {
            var sizeRatio = (double)Sizes[step] / Sizes[step - 1];
            // A floor of 20 ms keeps timings that scheduler noise dominates on a loaded machine from deciding
            // the ratio (at load average 60, 64 KB → 512 KB of long strings went 2 → 162 ms, fragments 4 → 248 ms);
            // four times the size ratio still refuses the quadratic growth of seconds this guards against.
            var timeRatio = times[step] / Math.Max(times[step - 1], 20.0);
            Assert.True(timeRatio <= sizeRatio * 4,
                $"{family}: {Sizes[step - 1]} → {Sizes[step]} bytes took {times[step - 1]:F1} → {times[step]:F1} ms (×{timeRatio:F1} for ×{sizeRatio})");
        }
    }

    private static string Body(string family, int size)
    {
        var document = Generators[family](size);
        return document.StartsWith("{\"query\"", StringComparison.Ordinal)
            ? document
            : System.Text.Json.JsonSerializer.Serialize(new { query = document });
    }

    private static string Fill(string text, int size) => new StringBuilder(size + text.Length).Insert(0, text, Math.Max(1, size / text.Length)).ToString();

    private static string Numbered(int size, Func<int, string> item)
    {
        var text = new StringBuilder(size + 64);
        for (var i = 0; text.Length < size; i++)
            text.Append(item(i));
        return text.ToString();
    }
}
