using System.Text.RegularExpressions;
using KooMessage.Platform.CommandLine;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Documentation;

/// <summary>
/// The configuration documentation agrees with the code: docs/configuration.md is what
/// <c>config reference</c> generates from the options classes, and the README's configuration tables
/// document every bound key and no key that does not exist.
/// </summary>
public sealed partial class ConfigurationReferenceTests
{
    [Fact]
    public void Docs_configuration_md_is_what_config_reference_generates()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ConfigurationReference.DefaultOutput)).ReplaceLineEndings("\n");
        Assert.True(committed == ConfigurationReference.Markdown(),
            "docs/configuration.md is stale: run `dotnet run --project src/Platform -- config reference`.");
    }

    [Fact]
    public void The_readme_tables_document_every_bound_key_and_nothing_else()
    {
        var documented = ReadmeKeys(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
        var bound = ConfigurationReference.Entries().Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Empty(bound.Except(documented, StringComparer.OrdinalIgnoreCase).Order());
        Assert.Empty(documented.Except(bound, StringComparer.OrdinalIgnoreCase).Order());
    }

    [Fact]
    public void The_readme_tables_show_the_defaults_the_code_has()
    {
        var defaults = ConfigurationReference.Entries().ToDictionary(e => e.Key, e => e.Default, StringComparer.OrdinalIgnoreCase);
        var wrong = new List<string>();
        foreach (var (key, shown) in ReadmeDefaults(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"))))
        {
            if (!defaults.TryGetValue(key, out var actual))
                continue; // an unknown key fails the test above
            // The reference shows a default as `value`, or — for none. A key without one is explained in
            // words in the README (e.g. "on in Development"); one with a default shows exactly that value,
            // optionally followed by a reading aid: `2097152` (2 MB).
            var literal = Code().Match(shown) is { Success: true } m && m.Index == 0;
            if (actual == "—" ? literal : shown != actual && !shown.StartsWith(actual + " (", StringComparison.Ordinal))
                wrong.Add($"{key}: README shows {shown}, the code's default is {actual}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Config_reference_writes_the_file_it_is_asked_for()
    {
        var output = Path.Combine(Path.GetTempPath(), $"koomessage-config-{Guid.NewGuid():N}.md");
        try
        {
            Assert.Equal(0, await ConfigurationReference.RunAsync(["config", "reference", "--output", output]));
            Assert.Equal(ConfigurationReference.Markdown(), await File.ReadAllTextAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>
    /// The keys in the first cell of README table rows: <c>`Section:Key`</c>, and the shorthand
    /// <c>`Section:A` / `B`</c> meaning <c>Section:A</c> and <c>Section:B</c>.
    /// </summary>
    private static HashSet<string> ReadmeKeys(string readme)
        => readme.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => RowKeys(l.Split('|')[1])).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Each README key with the default cell shown for it: <c>`A` / `B`</c> rows pair with
    /// <c>`1` / `2`</c> defaults; a single default cell applies to every key of its row.
    /// </summary>
    private static IEnumerable<(string Key, string Shown)> ReadmeDefaults(string readme)
    {
        foreach (var line in readme.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var keys = RowKeys(cells[1]);
            if (keys.Count == 0 || cells.Length < 4)
                continue;
            var shown = cells[2].Trim().Split(" / ");
            Assert.True(shown.Length == 1 || shown.Length == keys.Count, $"README row {line}: {keys.Count} keys but {shown.Length} defaults");
            for (var i = 0; i < keys.Count; i++)
                yield return (keys[i], shown.Length == 1 ? shown[0] : shown[i].Trim());
        }
    }

    /// <summary>The keys of one first cell in order (see <see cref="ReadmeKeys"/>).</summary>
    private static List<string> RowKeys(string cell)
    {
        var keys = new List<string>();
        string? section = null;
        foreach (Match code in Code().Matches(cell))
        {
            var name = code.Groups[1].Value;
            if (name.Contains(':', StringComparison.Ordinal))
            {
                section = name[..name.LastIndexOf(':')];
                keys.Add(name);
            }
            else if (section is not null)
            {
                keys.Add($"{section}:{name}");
            }
        }
        return keys;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
