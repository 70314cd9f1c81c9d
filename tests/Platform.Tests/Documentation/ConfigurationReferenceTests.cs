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
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in readme.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            string? section = null;
            foreach (Match code in Code().Matches(line.Split('|')[1]))
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
        }
        return keys;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
