using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KooMessage.Platform.Data;

/// <summary>
/// Maps an immutable value graph (a menu's items, a homepage's hotlines) to one JSON text column.
/// Such values are always replaced whole and never queried inside, so a column keeps a revision in
/// one row — one statement to load many — on both providers. Enums are stored by name, as elsewhere.
/// </summary>
public static class JsonColumnExtensions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        var converter = new ValueConverter<T, string>(v => Serialize(v), text => Deserialize<T>(text));
        // Values are compared by their JSON: a replaced list with equal contents is no change.
        var comparer = new ValueComparer<T>((a, b) => Serialize(a) == Serialize(b), v => Serialize(v).GetHashCode(), v => Deserialize<T>(Serialize(v)));
        property.HasConversion(converter, comparer);
        return property;
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string text) => JsonSerializer.Deserialize<T>(text, Options)
        ?? throw new InvalidOperationException($"A {typeof(T).Name} column holds JSON null.");
}
