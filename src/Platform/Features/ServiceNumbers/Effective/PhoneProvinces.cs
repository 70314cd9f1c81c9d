using System.Collections.Frozen;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// The province of a mainland mobile number from its prefix (号段), by the bundled table
/// <c>phone-provinces.csv</c> (longest prefix wins). Null when no line covers the number: then only
/// NATIONWIDE bindings apply to it. Pure; the table is read once.
/// </summary>
public static class PhoneProvinces
{
    public const int MinPrefix = 3;
    public const int MaxPrefix = 7;

    private static readonly FrozenDictionary<string, Region> Table = Parse(ReadBundled());

    /// <param name="phone">E.164 (<c>+86…</c>), as recipients store it.</param>
    public static Region? Of(string phone)
    {
        if (!phone.StartsWith("+86", StringComparison.Ordinal))
            return null;
        var national = phone.AsSpan(3);
        var lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(MaxPrefix, national.Length); length >= MinPrefix; length--)
        {
            if (lookup.TryGetValue(national[..length], out var province))
                return province;
        }
        return null;
    }

    /// <summary>Reads "prefix,REGION" lines; '#' comments, blank lines and the header are skipped. A bad line is a packaging bug: it throws.</summary>
    public static FrozenDictionary<string, Region> Parse(IEnumerable<string> lines)
    {
        var names = Enum.GetValues<Region>().Where(r => r != Region.Nationwide).ToDictionary(EnumNames.Of, r => r, StringComparer.Ordinal);
        var table = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line == "prefix,region")
                continue;
            var cells = line.Split(',');
            if (cells.Length != 2 || cells[0].Length is < MinPrefix or > MaxPrefix || !cells[0].All(char.IsAsciiDigit)
                || !cells[0].StartsWith('1') || !names.TryGetValue(cells[1], out var region) || !table.TryAdd(cells[0], region))
                throw new InvalidDataException($"phone-provinces.csv: bad or repeated line '{line}'.");
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReadBundled()
    {
        using var stream = typeof(PhoneProvinces).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The bundled table {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private const string ResourceName = "KooMessage.Platform.Features.ServiceNumbers.phone-provinces.csv";
}
