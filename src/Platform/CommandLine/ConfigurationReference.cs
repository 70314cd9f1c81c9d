using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace KooMessage.Platform.CommandLine;

/// <summary>
/// Every configuration key the platform binds, read from the code itself: the settable properties of
/// each options class (a class declaring <c>const string Section</c>), with their defaults, plus the
/// single keys read directly (a <c>const string ConfigurationKey</c>). <c>config reference</c> writes it
/// as docs/configuration.md; a test holds that file and the README's tables to it.
/// </summary>
public static class ConfigurationReference
{
    public const string DefaultOutput = "docs/configuration.md";

    public sealed record Entry(string Key, string Type, string Default);

    /// <summary><c>config reference [--output FILE]</c> (default docs/configuration.md); needs no host, no database.</summary>
    public static bool Matches(string[] args) => args.Length >= 2 && args[0] == "config" && args[1] == "reference";

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--output");
        var output = index >= 0 && index + 1 < args.Length ? args[index + 1] : DefaultOutput;
        await File.WriteAllTextAsync(output, Markdown());
        Console.Error.WriteLine($"Configuration reference written to {Path.GetFullPath(output)}");
        return 0;
    }

    public static IReadOnlyList<Entry> Entries()
    {
        var entries = new List<Entry>();
        foreach (var type in typeof(ConfigurationReference).Assembly.GetTypes().Where(t => t is { IsClass: true }))
        {
            if (Constant(type, "ConfigurationKey") is { } key)
                entries.Add(new Entry(key, "string", "—"));
            if (Constant(type, "Section") is { } section && type.GetConstructor(Type.EmptyTypes) is not null)
                Collect(section, Activator.CreateInstance(type)!, entries);
        }
        return entries.DistinctBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string Markdown()
    {
        var text = new StringBuilder()
            .AppendLine("# Configuration reference")
            .AppendLine()
            .AppendLine("Generated from the options classes by `dotnet run --project src/Platform -- config reference`; do not edit by hand")
            .AppendLine("(a test fails when it is stale). What each key means: the README's Configuration section. Keys are set in")
            .AppendLine("`appsettings.json`, as environment variables (`Section__Key`) or on the command line (`--Section:Key=value`).")
            .AppendLine()
            .AppendLine("| key | type | default |")
            .AppendLine("| --- | --- | --- |");
        foreach (var entry in Entries())
            text.AppendLine($"| `{entry.Key}` | {entry.Type} | {entry.Default} |");
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static string? Constant(Type type, string name)
        => type.GetField(name, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    private static void Collect(string prefix, object instance, List<Entry> entries)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || IsCollection(p.PropertyType))))
        {
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(instance);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && type != typeof(Uri) && !IsCollection(type) && value is not null)
                Collect(key, value, entries);
            else
                entries.Add(new Entry(key, Describe(type), Format(value)));
        }
    }

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) || type == typeof(long) => "integer",
        _ when type == typeof(double) => "number",
        _ when type == typeof(TimeSpan) => "duration (`hh:mm:ss`)",
        _ when type == typeof(Uri) => "URL",
        _ when type.IsEnum => string.Join(" \\| ", Enum.GetNames(type).Select(n => $"`{n}`")),
        _ when IsCollection(type) => "list (`Key:0`, `Key:1`, …)",
        _ => type.Name,
    };

    private static string Format(object? value) => value switch
    {
        null => "—",
        string { Length: 0 } => "—",
        string text => $"`{text}`",
        bool flag => flag ? "`true`" : "`false`",
        TimeSpan span => $"`{span.ToString("c", CultureInfo.InvariantCulture)}`",
        IEnumerable list when !list.Cast<object>().Any() => "—",
        IEnumerable list => string.Join(", ", list.Cast<object>().Select(v => $"`{Convert.ToString(v, CultureInfo.InvariantCulture)}`")),
        IFormattable number => $"`{number.ToString(null, CultureInfo.InvariantCulture)}`",
        _ => $"`{value}`",
    };
}
