using System.Globalization;
using System.Text.RegularExpressions;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A scrape of Prometheus text exposition: samples by name and labels, for assertions.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text => text;

    /// <summary>The sum of the samples named <paramref name="name"/> whose labels include <paramref name="labels"/> (<c>key=value</c>); null when none.</summary>
    public double? Value(string name, params string[] labels)
    {
        double? sum = null;
        foreach (Match sample in Sample().Matches(text))
        {
            if (sample.Groups["name"].Value != name)
                continue;
            var present = LabelPair().Matches(sample.Groups["labels"].Value).Select(l => $"{l.Groups[1].Value}={l.Groups[2].Value}").ToHashSet();
            if (labels.All(present.Contains))
                sum = (sum ?? 0) + double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
        }
        return sum;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[^ \n]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();

    [GeneratedRegex("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LabelPair();
}
